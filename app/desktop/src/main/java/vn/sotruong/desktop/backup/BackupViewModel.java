package vn.sotruong.desktop.backup;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.data.backup.BackupWritten;
import vn.sotruong.desktop.backup.BackupFiles.BackupFile;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Making a backup: the target folder (a plugged-in stick is offered first), the backup password
 * typed twice, and the backups already in that folder. The service writes, flushes and reads the
 * file back before it returns, so "done" is only ever said after it returned.
 */
public final class BackupViewModel {
    /** Minutes are enough to tell generations apart; seconds only widen the column. */
    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Session session;
    private final Backups backups;
    private final BackupFiles files;
    private final UiText text;
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty doneFile = new SimpleStringProperty("");
    private final StringProperty doneSummary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<BackupFile> existing = FXCollections.observableArrayList();
    private final ObservableList<Path> drives = FXCollections.observableArrayList();

    public BackupViewModel(Session session, Backups backups, BackupFiles files, UiText text) {
        this.session = session;
        this.backups = backups;
        this.files = files;
        this.text = text;
        folder.addListener((o, a, b) -> refreshList());
        refreshDrives();
    }

    /** Looks for sticks again (one was plugged in after the page opened); picks the first if no folder is set. */
    public void refreshDrives() {
        drives.setAll(files.removableDrives());
        if (folder.get().isBlank() && !drives.isEmpty()) {
            folder.set(drives.getFirst().toString());
        }
    }

    public void refreshList() {
        existing.setAll(targetDir() == null ? java.util.List.of() : files.list(targetDir()));
    }

    /** Starts the backup; false when the form is refused before anything is written. */
    public boolean create() {
        error.set("");
        doneFile.set("");
        doneSummary.set("");
        Path dir = targetDir();
        if (dir == null) {
            error.set(text.t("backup.folderMissing"));
            return false;
        }
        if (!password.get().equals(confirm.get())) {
            error.set(text.t("backup.passwordMismatch"));
            return false;
        }
        char[] secret = password.get().toCharArray();
        busy.set(true);
        session.background().run(() -> backups.create(session.actor(), dir, secret), done -> {
            Arrays.fill(secret, '\0');
            busy.set(false);
            password.set("");
            confirm.set("");
            doneFile.set(done.file().toString());
            doneSummary.set(summary(done));
            refreshList();
        }, failure -> {
            Arrays.fill(secret, '\0');
            busy.set(false);
            error.set(text.error(failure));
        });
        return true;
    }

    private String summary(BackupWritten done) {
        return text.t("backup.done.summary", size(text, done.bytes()), seconds(done.took()),
                done.manifest().totalRows());
    }

    /** "12,3 KB" / "4,5 MB" in the page's language. */
    static String size(UiText text, long bytes) {
        return bytes >= 1024 * 1024 ? text.t("backup.size.mb", bytes / (1024.0 * 1024.0))
                : text.t("backup.size.kb", bytes / 1024.0);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private Path targetDir() {
        String f = folder.get() == null ? "" : folder.get().strip();
        if (f.isEmpty()) {
            return null;
        }
        try {
            return Path.of(f);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    public String when(BackupFile f) {
        return WHEN.format(f.modified().atZone(Session.SCHOOL_ZONE));
    }

    public String size(BackupFile f) {
        return size(text, f.bytes());
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmProperty() {
        return confirm;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty doneFileProperty() {
        return doneFile;
    }

    public StringProperty doneSummaryProperty() {
        return doneSummary;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<BackupFile> existing() {
        return existing;
    }

    public ObservableList<Path> drives() {
        return drives;
    }
}
