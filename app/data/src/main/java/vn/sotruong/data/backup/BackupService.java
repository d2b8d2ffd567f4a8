package vn.sotruong.data.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.school.SettingsStore;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;
import vn.sotruong.data.store.Store;

/**
 * Backing up and restoring one open store, for those who hold {@link Permission#BACKUP} (by default
 * the system administrator), and the automatic backups the app makes by itself into the store's
 * {@code backups/} folder. The desktop and the command line both come through here, so the
 * permission check, the rotation and the audit record cannot be skipped.
 */
public final class BackupService {
    /** Short backup passwords make a lost stick easy to open: the same floor as accounts. */
    static final int MIN_PASSWORD = 8;

    private final Store store;
    private final Clock clock;
    private final BackupWriter writer;
    private final BackupVerifier verifier;
    private final BackupRestorer restorer;

    public BackupService(Store store, Clock clock) {
        this(store, clock, UnaryOperator.identity());
    }

    /** {@code device} wraps the stream to the backup file: tests inject failures there. */
    BackupService(Store store, Clock clock, UnaryOperator<OutputStream> device) {
        OpenPgpEnvelope envelope = new OpenPgpEnvelope(new SecureRandom());
        this.store = store;
        this.clock = clock;
        this.writer = new BackupWriter(envelope, clock, device);
        this.verifier = new BackupVerifier(envelope);
        this.restorer = new BackupRestorer(envelope, clock);
    }

    public BackupWritten create(Actor actor, Path targetDir, char[] password) {
        return create(actor, targetDir, password, BackupProgress.NONE);
    }

    /**
     * Writes a verified backup of the whole store into {@code targetDir}, then rotates that folder's
     * generations of this school ({@link BackupSettings#keepUsb()}, or {@code keepLocal} for the
     * automatic folder). A backup anywhere but the automatic folder counts as the USB copy the
     * reminders ask for. Refusals: {@code auth.denied}, {@code backup.passwordTooShort},
     * {@code backup.targetNotWritable}, {@code backup.writeFailed}, {@code backup.verifyFailed}.
     */
    public BackupWritten create(Actor actor, Path targetDir, char[] password, BackupProgress progress) {
        actor.require(Permission.BACKUP);
        if (password.length < MIN_PASSWORD) {
            throw new DomainException("backup.passwordTooShort", MIN_PASSWORD);
        }
        boolean local = isLocalFolder(targetDir);
        BackupSettings settings = settings();
        BackupWritten done = write(targetDir, password, BackupKind.MANUAL,
                local ? settings.keepLocal() : settings.keepUsb(), new ProgressMeter(progress));
        record(actor.login(), actor.workstation(), done, local ? BackupSettings.LAST_LOCAL : BackupSettings.LAST_USB);
        return done;
    }

    /**
     * A backup the app makes by itself into {@code <data>/backups}, with the store's own key
     * ({@link LocalBackupKey}); no person and no permission involved. Recorded with the actor
     * {@link AutomaticBackups#ACTOR}.
     */
    BackupWritten automatic(BackupKind kind, BackupProgress progress) {
        char[] key = LocalBackupKey.of(store.dataDir());
        BackupWritten done = write(localFolder(), key, kind, settings().keepLocal(), new ProgressMeter(progress));
        record(AutomaticBackups.ACTOR, AutomaticBackups.WORKSTATION, done, BackupSettings.LAST_LOCAL);
        return done;
    }

    private BackupWritten write(Path dir, char[] password, BackupKind kind, int keep, ProgressMeter meter) {
        long t0 = System.nanoTime();
        BackupSource source = BackupSource.of(store);
        BackupWriter.Written w = writer.write(source, dir, password, kind, meter);
        meter.stage(BackupProgress.Stage.ROTATE, 0.93, 1.0);
        Rotation rotation = BackupFolder.afterBackup(w, kind, new SchoolIdentity(source.schoolCode(),
                source.schoolName()), keep, password, verifier, clock, meter);
        meter.done();
        return new BackupWritten(w.file(), w.bytes(), Duration.ofNanos(System.nanoTime() - t0), w.manifest(), kind,
                rotation);
    }

    /** In the live store's trail, after the snapshot (so the backup does not contain it), with the "last backup" time. */
    private void record(String login, String workstation, BackupWritten done, String lastKey) {
        var stores = store.services().stores();
        String detail = "bytes=" + done.bytes() + "; rows=" + done.manifest().totalRows()
                + (done.kind().automatic() ? "; automatic=" + done.kind().tag() : "")
                + (done.rotation().removed().isEmpty() ? "" : "; removed=" + done.rotation().removed().stream()
                        .map(p -> p.getFileName().toString()).toList());
        stores.transactions().run(() -> {
            stores.audit().record(new AuditEvent(login, AuditKind.BACKUP_CREATED, "backup:" + done.file().getFileName(),
                    detail, workstation));
            stores.settings().put(lastKey, done.manifest().createdUtc().toString());
        });
    }

    public RestoreDone restore(Actor actor, Path backup, char[] password, boolean otherSchool) {
        return restore(actor, backup, password, otherSchool, BackupProgress.NONE);
    }

    /**
     * Replaces the store's data with the backup's, after every check (see {@link BackupRestorer});
     * the current data is first backed up into the automatic folder ({@link BackupKind#BEFORE_RESTORE}),
     * and a failure there refuses the restore ({@code backup.safetyBackupFailed}). A backup of another
     * school needs {@code otherSchool}; the restore is recorded in the restored store's audit trail.
     * The store this service was made with is closed afterwards.
     */
    public RestoreDone restore(Actor actor, Path backup, char[] password, boolean otherSchool,
                               BackupProgress progress) {
        return restore(actor, backup, password, otherSchool, false, progress);
    }

    /**
     * As above; the backup's signing state (audit checkpoints, the CA secret) comes back too, and a CA secret
     * different from this PC's replaces it only with {@code replaceCaKey} (else {@code backup.caKeyDiffers}).
     */
    public RestoreDone restore(Actor actor, Path backup, char[] password, boolean otherSchool, boolean replaceCaKey,
                               BackupProgress progress) {
        actor.require(Permission.BACKUP);
        return restorer.restore(store, actor, backup, password, otherSchool, replaceCaKey, new ProgressMeter(progress),
                this::safetyBackup);
    }

    /** The current data on this PC before a restore replaces it; nothing to keep in an empty store. */
    private Optional<Path> safetyBackup(BackupProgress progress) {
        if (store.services().setup().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(safety(BackupKind.BEFORE_RESTORE, "backup.safetyBackupFailed", progress));
    }

    /**
     * Sao lưu trước khi lên năm học mới: the rollover's {@link vn.sotruong.core.rollover.SafetyBackup} — the data
     * backed up into the automatic folder ({@link BackupKind#BEFORE_ROLLOVER}); a failure refuses the rollover
     * ({@code backup.rolloverBackupFailed}). Returns the file written.
     */
    public Path beforeRollover(Actor actor) {
        actor.require(Permission.SCHOOL_SETUP);
        return safety(BackupKind.BEFORE_ROLLOVER, "backup.rolloverBackupFailed", BackupProgress.NONE);
    }

    private Path safety(BackupKind kind, String failure, BackupProgress progress) {
        try {
            return automatic(kind, progress).file();
        } catch (DomainException e) {
            Object[] args = e.args();
            String why = args.length == 0 ? e.code() : String.valueOf(args[args.length - 1]);
            throw new DomainException(failure, localFolder().toString(), why);
        }
    }

    /** Our backups in {@code dir} (any school), newest first, with whether each was verified here. */
    public List<BackupListing> list(Path dir) {
        return BackupFolder.list(dir);
    }

    /** {@code <data>/backups}: where the automatic backups of this store go. */
    public Path localFolder() {
        return AutomaticBackups.folder(store.dataDir());
    }

    public BackupSettings settings() {
        return BackupSettings.read(store.services().stores().settings());
    }

    /**
     * Changes the backup settings (who may back up may decide how many generations are kept); each
     * change is audited. Refusals: {@code auth.denied}, {@code setting.outOfRange} (min, max, key).
     */
    public void updateSettings(Actor actor, BackupSettings wanted) {
        actor.require(Permission.BACKUP);
        wanted.check();
        var stores = store.services().stores();
        SettingsStore settings = stores.settings();
        Map<String, String> current = settings().asText();
        stores.transactions().run(() -> wanted.asText().forEach((key, v) -> {
            String old = current.get(key);
            if (!old.equals(v)) {
                settings.put(key, v);
                stores.audit().record(new AuditEvent(actor.login(), AuditKind.SETTING_CHANGED, "setting:" + key,
                        old + " → " + v, actor.workstation()));
            }
        }));
    }

    /** When the last backup by a person outside the automatic folder (the USB copy) was verified. */
    public Optional<Instant> lastUsbBackup() {
        return BackupSettings.instant(store.services().stores().settings(), BackupSettings.LAST_USB);
    }

    /** When the last backup into the automatic folder on this PC was verified. */
    public Optional<Instant> lastLocalBackup() {
        return BackupSettings.instant(store.services().stores().settings(), BackupSettings.LAST_LOCAL);
    }

    /** What the app should remind the administrator of today ({@link BackupReminders}). */
    public List<BackupReminder> reminders() {
        LocalDate today = LocalDate.now(clock.withZone(BackupFileName.SCHOOL_ZONE));
        return new BackupReminders(BackupReminders.REGULATED).due(store.services(), settings(), lastUsbBackup(),
                clock.instant(), today);
    }

    private boolean isLocalFolder(Path dir) {
        Path a = dir.toAbsolutePath().normalize();
        Path b = localFolder().toAbsolutePath().normalize();
        if (a.equals(b)) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
