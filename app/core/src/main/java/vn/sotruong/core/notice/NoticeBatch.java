package vn.sotruong.core.notice;

import java.time.Instant;

/**
 * One issue of a class's notices (a line of the history the department head checks monthly): which class, which
 * period, how many notices, in which form, who issued them and when.
 */
public record NoticeBatch(long id, long yearId, long classId, String className, NoticePeriod period, int count,
                          Form form, String issuedBy, Instant issuedAt) {
    /** Phiếu in or a CSV file for the school's own sending channel (the app sends nothing itself). */
    public enum Form {
        SLIPS,
        CSV
    }
}
