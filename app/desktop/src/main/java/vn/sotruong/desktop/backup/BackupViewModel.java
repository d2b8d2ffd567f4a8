package vn.sotruong.desktop.backup;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.data.backup.BackupListing;
import vn.sotruong.data.backup.BackupProgress;
import vn.sotruong.data.backup.BackupWritten;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Making a backup: the target folder (a plugged-in stick is offered first), the backup password
 * typed twice, a progress bar with the stage, and the backups already in that folder and in the
 * automatic folder on this PC. The service writes, flushes, reads the file back and rotates before it
 * returns, so "done" is only ever said after it returned — with the time it took.
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
    private final StringProperty doneRotation = new SimpleStringProperty("");
    private final StringProperty clockWarning = new SimpleStringProperty("");
    private final StringProperty lastBackups = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty stage = new SimpleStringProperty("");
    private final ObservableList<BackupListing> existing = FXCollections.observableArrayList();
    private final ObservableList<BackupListing> local = FXCollections.observableArrayList();
    private final ObservableList<String> reminders = FXCollections.observableArrayList();
    private final ObservableList<Path> drives = FXCollections.observableArrayList();

    public BackupViewModel(Session session, Backups backups, BackupFiles files, UiText text) {
        this.session = session;
        this.backups = backups;
        this.files = files;
        this.text = text;
        folder.addListener((o, a, b) -> refreshList());
        refreshDrives();
        refreshLocal();
    }

    /** Looks for sticks again (one was plugged in after the page opened); picks the first if no folder is set. */
    public void refreshDrives() {
        drives.setAll(files.removableDrives());
        if (folder.get().isBlank() && !drives.isEmpty()) {
            folder.set(drives.getFirst().toString());
        }
    }

    public void refreshList() {
        existing.setAll(targetDir() == null ? List.of() : backups.list(targetDir()));
    }

    /** The automatic backups on this PC, the reminders due, and when the last backups were made. */
    public void refreshLocal() {
        local.setAll(backups.list(backups.localFolder()));
        reminders.setAll(ReminderTexts.of(backups.reminders(), text));
        lastBackups.set(text.t("backup.last", when(backups.lastUsbBackup()), when(backups.lastLocalBackup())));
    }

    private String when(Optional<Instant> at) {
        return at.map(i -> WHEN.format(i.atZone(Session.SCHOOL_ZONE))).orElse(text.t("backup.last.never"));
    }

    /** Starts the backup; false when the form is refused before anything is written. */
    public boolean create() {
        error.set("");
        doneFile.set("");
        doneSummary.set("");
        doneRotation.set("");
        clockWarning.set("");
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
        progress.set(0);
        stage.set("");
        busy.set(true);
        session.background().run(() -> backups.create(session.actor(), dir, secret, progressTo(progress, stage, text)),
                done -> {
                    Arrays.fill(secret, '\0');
                    busy.set(false);
                    password.set("");
                    confirm.set("");
                    doneFile.set(done.file().toString());
                    doneSummary.set(summary(done));
                    doneRotation.set(rotation(done));
                    clockWarning.set(done.rotation().datedLater() == 0 ? ""
                            : text.t("backup.done.datedLater", done.rotation().datedLater()));
                    refreshList();
                    refreshLocal();
                }, failure -> {
                    Arrays.fill(secret, '\0');
                    busy.set(false);
                    error.set(text.error(failure));
                });
        return true;
    }

    /**
     * A progress callback that shows on the FX thread: the service reports from its working thread,
     * a few hundred times at most.
     */
    static BackupProgress progressTo(DoubleProperty bar, StringProperty label, UiText text) {
        return (s, done) -> {
            Runnable show = () -> {
                bar.set(done);
                label.set(text.t("backup.stage." + s.name()) + " " + Math.round(done * 100) + " %");
            };
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        };
    }

    private String summary(BackupWritten done) {
        return text.t("backup.done.summary", size(text, done.bytes()), seconds(done.took()),
                done.manifest().totalRows());
    }

    private String rotation(BackupWritten done) {
        int removed = done.rotation().removed().size();
        return removed == 0 ? text.t("backup.done.kept", done.rotation().kept())
                : text.t("backup.done.rotated", removed, done.rotation().kept());
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

    public String when(BackupListing f) {
        return WHEN.format(f.created().atZone(Session.SCHOOL_ZONE));
    }

    public String size(BackupListing f) {
        return size(text, f.bytes());
    }

    public String check(BackupListing f) {
        return text.t("backup.check." + f.check().name());
    }

    public String kind(BackupListing f) {
        return text.t("backup.kind." + f.kind().name());
    }

    public Path localFolder() {
        return backups.localFolder();
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

    public StringProperty doneRotationProperty() {
        return doneRotation;
    }

    public StringProperty clockWarningProperty() {
        return clockWarning;
    }

    public StringProperty lastBackupsProperty() {
        return lastBackups;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty stageProperty() {
        return stage;
    }

    public ObservableList<BackupListing> existing() {
        return existing;
    }

    public ObservableList<BackupListing> local() {
        return local;
    }

    public ObservableList<String> reminders() {
        return reminders;
    }

    public ObservableList<Path> drives() {
        return drives;
    }
}
