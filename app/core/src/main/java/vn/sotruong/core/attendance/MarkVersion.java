package vn.sotruong.core.attendance;

import java.time.LocalDate;

/**
 * Phiên bản một ô điểm danh: how many times a pupil's cell for a day and session was changed, and by whom last
 * (the optimistic check of a save from a workstation; a cell never changed has version 0 and no row).
 */
public record MarkVersion(long pupilId, LocalDate date, DaySession session, int version, String changedBy) {
    public ClassDay day() {
        return new ClassDay(date, session);
    }
}
