package vn.sotruong.desktop.backup;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.data.backup.BackupSettings;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Giữ bản sao lưu: how many generations stay on a stick and on this PC, and after how many days the
 * app reminds. Saved as a whole; the service checks the ranges, so a refused form changes nothing.
 */
public final class BackupSettingsViewModel {
    private final Session session;
    private final Backups backups;
    private final UiText text;
    private final StringProperty keepUsb = new SimpleStringProperty("");
    private final StringProperty keepLocal = new SimpleStringProperty("");
    private final StringProperty remindDays = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");

    public BackupSettingsViewModel(Session session, Backups backups, UiText text) {
        this.session = session;
        this.backups = backups;
        this.text = text;
        reload();
    }

    public final void reload() {
        BackupSettings s = backups.settings();
        keepUsb.set(String.valueOf(s.keepUsb()));
        keepLocal.set(String.valueOf(s.keepLocal()));
        remindDays.set(String.valueOf(s.remindDays()));
    }

    /** Saves all three; false (with the reason, naming the field) when refused. */
    public boolean save() {
        error.set("");
        info.set("");
        int usb;
        int pc;
        int days;
        try {
            usb = number(keepUsb, BackupSettings.KEEP_USB);
            pc = number(keepLocal, BackupSettings.KEEP_LOCAL);
            days = number(remindDays, BackupSettings.REMIND_DAYS);
            backups.updateSettings(session.actor(), new BackupSettings(usb, pc, days));
        } catch (DomainException e) {
            Object[] args = e.args();
            String key = args.length > 0 ? String.valueOf(args[args.length - 1]) : "";
            // the field's label without its mnemonic mark
            String field = key.startsWith("backup.") ? text.t("backup.settings." + key).replace("_", "") + ": " : "";
            error.set(field + text.error(e));
            return false;
        }
        reload();
        info.set(text.t("backup.settings.saved"));
        return true;
    }

    private static int number(StringProperty p, String key) {
        String v = p.get() == null ? "" : p.get().strip();
        if (!v.matches("\\d{1,6}")) {
            int[] range = BackupSettings.range(key);
            throw new DomainException("setting.outOfRange", range[0], range[1], key);
        }
        return Integer.parseInt(v);
    }

    public StringProperty keepUsbProperty() {
        return keepUsb;
    }

    public StringProperty keepLocalProperty() {
        return keepLocal;
    }

    public StringProperty remindDaysProperty() {
        return remindDays;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }
}
