package vn.sotruong.desktop.backup;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.school.School;
import vn.sotruong.data.backup.BackupManifest;
import vn.sotruong.data.backup.VerifyResult;
import vn.sotruong.data.backup.VerifyResult.Outcome;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Checking a backup file and restoring from it. A restore is offered only for the file and password
 * just found intact: the person sees what the file holds before agreeing to replace the data.
 */
public final class VerifyViewModel {
    private final Session session;
    private final Backups backups;
    private final UiText text;
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final ObjectProperty<BackupManifest> manifest = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    /** What exactly was wrong with a damaged file, in the verifier's words: for whoever helps the school. */
    private final StringProperty technical = new SimpleStringProperty("");
    private final StringProperty restoreError = new SimpleStringProperty("");
    /** The restore drill's report, or why it failed. */
    private final StringProperty drillResult = new SimpleStringProperty("");
    private final BooleanProperty drillPassed = new SimpleBooleanProperty(false);
    private final BooleanProperty otherSchool = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** The file is one of this PC's automatic backups: it opens with the store's key, not a typed password. */
    private final BooleanProperty localKey = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty stage = new SimpleStringProperty("");
    private final ObservableList<Map.Entry<String, Long>> tables = FXCollections.observableArrayList();

    public VerifyViewModel(Session session, Backups backups, UiText text) {
        this.session = session;
        this.backups = backups;
        this.text = text;
        // what was checked is no longer what the fields say: the restore must not use the old finding
        file.addListener((o, a, b) -> {
            clear();
            localKey.set(false);
        });
        password.addListener((o, a, b) -> clear());
        localKey.addListener((o, a, b) -> clear());
    }

    /** Picks one of this PC's automatic backups, to be opened with the store's own key. */
    public void useAutomaticBackup(Path f) {
        file.set(f.toString());
        password.set("");
        localKey.set(true);
    }

    /** The password to open the file with: the typed one, or the store's key for an automatic backup. */
    private char[] secret() {
        if (localKey.get()) {
            return backups.localKey().orElse(new char[0]);
        }
        return password.get().toCharArray();
    }

    private void clear() {
        outcome.set(null);
        manifest.set(null);
        message.set("");
        technical.set("");
        restoreError.set("");
        drillResult.set("");
        drillPassed.set(false);
        otherSchool.set(false);
        tables.clear();
    }

    public void verify() {
        clear();
        Path f = path();
        if (f == null) {
            message.set(text.t("backup.verify.fileMissing"));
            return;
        }
        char[] secret = secret();
        busy.set(true);
        session.background().run(() -> backups.verify(f, secret), r -> {
            Arrays.fill(secret, '\0');
            busy.set(false);
            show(f, r);
        }, failure -> {
            Arrays.fill(secret, '\0');
            busy.set(false);
            outcome.set(Outcome.DAMAGED);
            message.set(text.error(failure));
        });
    }

    private void show(Path f, VerifyResult r) {
        String name = f.getFileName().toString();
        switch (r.outcome()) {
            case INTACT -> {
                BackupManifest m = r.manifest().orElseThrow();
                manifest.set(m);
                tables.setAll(m.rowCounts().entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
                otherSchool.set(!sameSchool(m));
                message.set(text.t("backup.verify.intact"));
            }
            case WRONG_PASSWORD -> message.set(text.t("backup.verify.wrongPassword", name));
            case DAMAGED -> {
                message.set(text.t("backup.verify.damaged", name));
                technical.set(text.t("backup.verify.technical", r.reason()));
            }
        }
        outcome.set(r.outcome());
    }

    /**
     * The rule of the data module's restorer (Ministry code when both have one, else the name), which
     * is package-private there; it decides only whether a second confirmation is asked here — the
     * service checks again and refuses another school's file without it.
     */
    private boolean sameSchool(BackupManifest m) {
        if (session.services().setup().isEmpty()) {
            return true;
        }
        School here = session.school();
        String code = here.moetCode() == null ? "" : here.moetCode();
        return !code.isEmpty() && !m.schoolCode().isEmpty() ? code.equals(m.schoolCode())
                : here.name().equals(m.schoolName());
    }

    /** Replaces the data with the checked file's; only after an INTACT check and the person's confirmation(s). */
    public boolean restore() {
        Path f = path();
        if (outcome.get() != Outcome.INTACT || f == null) {
            restoreError.set(text.t("backup.restore.checkFirst"));
            return false;
        }
        restoreError.set("");
        char[] secret = secret();
        boolean other = otherSchool.get();
        progress.set(0);
        stage.set("");
        busy.set(true);
        session.background().run(() -> backups.restore(session.actor(), f, secret, other,
                BackupViewModel.progressTo(progress, stage, text)), done -> {
            Arrays.fill(secret, '\0');
            busy.set(false);
            backups.restored(done);
        }, failure -> {
            Arrays.fill(secret, '\0');
            busy.set(false);
            restoreError.set(text.error(failure));
        });
        return true;
    }

    /**
     * Diễn tập phục hồi of the checked file: restored into a scratch store, counted, migrated and its audit chain
     * checked, then thrown away; the data in use is not touched. Only after an INTACT check, like a restore.
     */
    public boolean drill() {
        Path f = path();
        if (outcome.get() != Outcome.INTACT || f == null) {
            drillResult.set(text.t("backup.restore.checkFirst"));
            return false;
        }
        drillResult.set("");
        drillPassed.set(false);
        char[] secret = secret();
        progress.set(0);
        stage.set("");
        busy.set(true);
        session.background().run(() -> backups.drill(f, secret, BackupViewModel.progressTo(progress, stage, text)),
                r -> {
                    Arrays.fill(secret, '\0');
                    busy.set(false);
                    drillPassed.set(true);
                    drillResult.set(text.t("backup.drill.passed", r.manifest().totalRows(), r.manifest().schemaVersion(),
                            r.schemaAfter(), r.auditEntries(), r.took().toMillis() / 1000.0));
                }, failure -> {
                    Arrays.fill(secret, '\0');
                    busy.set(false);
                    drillResult.set(text.t("backup.drill.failedBecause", text.error(failure)));
                });
        return true;
    }

    public StringProperty drillResultProperty() {
        return drillResult;
    }

    public BooleanProperty drillPassedProperty() {
        return drillPassed;
    }

    public String schoolName() {
        return session.school().name();
    }

    /** The lines that describe an intact backup: school, time, versions, rows. */
    public String details() {
        BackupManifest m = manifest.get();
        if (m == null) {
            return "";
        }
        String code = m.schoolCode().isEmpty() ? "" : " (" + m.schoolCode() + ")";
        return text.t("backup.verify.details", m.schoolName() + code,
                text.dateTime(m.createdUtc(), Session.SCHOOL_ZONE), m.appVersion(), m.schemaVersion(), m.h2Version(),
                m.totalRows());
    }

    private Path path() {
        String f = file.get() == null ? "" : file.get().strip();
        try {
            return f.isEmpty() ? null : Path.of(f);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    public StringProperty fileProperty() {
        return file;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public ObjectProperty<BackupManifest> manifestProperty() {
        return manifest;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty technicalProperty() {
        return technical;
    }

    public StringProperty restoreErrorProperty() {
        return restoreError;
    }

    public BooleanProperty otherSchoolProperty() {
        return otherSchool;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty localKeyProperty() {
        return localKey;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty stageProperty() {
        return stage;
    }

    public ObservableList<Map.Entry<String, Long>> tables() {
        return tables;
    }
}
