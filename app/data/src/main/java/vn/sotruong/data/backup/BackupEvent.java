package vn.sotruong.data.backup;

import java.time.LocalDate;

/**
 * Something the regulations tie a USB backup to (sự kiện cần sao lưu): once it has happened, the
 * data should be on a stick again. Later features add kinds (data checked, registers printed, year
 * rollover) through a {@link BackupReminders.EventSource}.
 *
 * @param detail what the reminder names, e.g. the term's number or the year's label
 */
public record BackupEvent(Kind kind, LocalDate date, String detail) {
    public enum Kind {
        /** Kết thúc học kì I. */
        TERM_END,
        /** Kết thúc năm học (the end of term II). */
        YEAR_END
    }
}
