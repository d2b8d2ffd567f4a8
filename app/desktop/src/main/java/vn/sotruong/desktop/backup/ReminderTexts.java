package vn.sotruong.desktop.backup;

import java.util.List;
import vn.sotruong.data.backup.BackupEvent;
import vn.sotruong.data.backup.BackupReminder;
import vn.sotruong.desktop.i18n.UiText;

/** The sentences of the backup reminders (nhắc sao lưu), for the home page and the Sao lưu page. */
public final class ReminderTexts {
    private ReminderTexts() {
    }

    public static List<String> of(List<BackupReminder> reminders, UiText text) {
        return reminders.stream().map(r -> of(r, text)).toList();
    }

    static String of(BackupReminder r, UiText text) {
        String last = r.lastUsb().map(text::date).orElse("");
        return switch (r.kind()) {
            case NEVER_ON_USB -> text.t("backup.reminder.never");
            case DAYS_SINCE_USB -> text.t("backup.reminder.days", r.days(), last);
            case USB_DATED_LATER -> text.t("backup.reminder.datedLater", last);
            case EVENT -> {
                BackupEvent e = r.event().orElseThrow();
                String detail = e.kind() == BackupEvent.Kind.TERM_END ? ("1".equals(e.detail()) ? "I" : "II")
                        : e.detail();
                yield text.t("backup.reminder.event." + e.kind().name(), detail, text.date(e.date()));
            }
        };
    }
}
