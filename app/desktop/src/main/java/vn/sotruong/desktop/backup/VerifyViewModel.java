package vn.sotruong.desktop.backup;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
    private final BooleanProperty otherSchool = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<Map.Entry<String, Long>> tables = FXCollections.observableArrayList();

    public VerifyViewModel(Session session, Backups backups, UiText text) {
        this.session = session;
        this.backups = backups;
        this.text = text;
        // what was checked is no longer what the fields say: the restore must not use the old finding
        file.addListener((o, a, b) -> clear());
        password.addListener((o, a, b) -> clear());
    }

    private void clear() {
        outcome.set(null);
        manifest.set(null);
        message.set("");
        technical.set("");
        restoreError.set("");
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
        char[] secret = password.get().toCharArray();
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
        char[] secret = password.get().toCharArray();
        boolean other = otherSchool.get();
        busy.set(true);
        session.background().run(() -> backups.restore(session.actor(), f, secret, other), done -> {
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

    public ObservableList<Map.Entry<String, Long>> tables() {
        return tables;
    }
}
