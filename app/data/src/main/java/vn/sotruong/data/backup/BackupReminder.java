package vn.sotruong.data.backup;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A reminder to back up to a USB stick (nhắc sao lưu), as the home and backup pages show it.
 *
 * @param lastUsb the local date of the last USB backup, if any
 * @param days days since the last USB backup ({@link Kind#DAYS_SINCE_USB})
 * @param event the event not followed by a USB backup yet ({@link Kind#EVENT})
 */
public record BackupReminder(Kind kind, Optional<LocalDate> lastUsb, long days, Optional<BackupEvent> event) {
    public enum Kind {
        /** No backup to a USB stick was ever recorded in this store. */
        NEVER_ON_USB,
        /** The last USB backup is older than the school's setting. */
        DAYS_SINCE_USB,
        /** An event the regulations tie to backups happened after the last USB backup. */
        EVENT,
        /** The last USB backup is dated after today: this PC's clock is (or was) wrong. */
        USB_DATED_LATER
    }
}
