package vn.sotruong.data.backup;

import java.time.LocalDate;

/**
 * Something the regulations tie a USB backup to (sự kiện cần sao lưu): once it has happened, the
 * data should be on a stick again. Each kind comes from a {@link BackupReminders.EventSource}; before a
 * rollover or an upgrade the app backs up by itself ({@link BackupKind}).
 *
 * @param detail what the reminder names, e.g. the term's number, the year's label or the class
 */
public record BackupEvent(Kind kind, LocalDate date, String detail) {
    public enum Kind {
        /** Kết thúc học kì I. */
        TERM_END,
        /** Kết thúc năm học (the end of term II). */
        YEAR_END,
        /** Kết quả đã được phê duyệt: the data of a class checked and its results approved (detail: the class). */
        RESULTS_APPROVED,
        /** Sổ đã được in: a register printed from the data (detail: how many prints that day). */
        REGISTERS_PRINTED
    }
}
