package vn.sotruong.data.backup;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.data.store.BeforeMigration;
import vn.sotruong.data.store.Store;

/**
 * The backups the app makes by itself into {@code <data>/backups} (sao lưu tự động), with the
 * store's own key ({@link LocalBackupKey}): once a day, before every restore, and before a
 * migration of a store that holds data. They guard against a failed upgrade, a wrong restore or a
 * mistake; the USB copies a person makes are what guard against losing the PC (ADR 0012).
 */
public final class AutomaticBackups {
    /** The folder inside the data folder. */
    public static final String FOLDER = "backups";
    /** Who the audit trail names for an automatic backup: not a login anyone can have (logins have no brackets). */
    public static final String ACTOR = "(tự động)";
    static final String WORKSTATION = "this-pc";
    private static final Logger LOG = LoggerFactory.getLogger(AutomaticBackups.class);

    private AutomaticBackups() {
    }

    public static Path folder(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(FOLDER);
    }

    /**
     * Opens the store as the app and the command line do: a store about to be migrated is first
     * backed up into its automatic folder ({@link BackupKind#BEFORE_MIGRATION}), and a failure of that
     * backup refuses the opening ({@code backup.beforeMigrationFailed}) with the store unmigrated.
     */
    public static Store openStore(Path dataDir, Clock clock) {
        return Store.open(dataDir, clock, beforeMigration(clock));
    }

    static BeforeMigration beforeMigration(Clock clock) {
        return old -> {
            OpenPgpEnvelope envelope = new OpenPgpEnvelope(new SecureRandom());
            BackupWriter writer = new BackupWriter(envelope, clock, UnaryOperator.identity());
            BackupSource source = BackupSource.of(old);
            try {
                char[] key = LocalBackupKey.of(old.dataDir());
                BackupWriter.Written w = writer.write(source, folder(old.dataDir()), key, BackupKind.BEFORE_MIGRATION,
                        new ProgressMeter(BackupProgress.NONE));
                // on record in the ledger, never rotated away here: the old schema's settings are not read
                BackupFolder.afterBackup(w, BackupKind.BEFORE_MIGRATION, new SchoolIdentity(source.schoolCode(),
                        source.schoolName()), Integer.MAX_VALUE, key, new BackupVerifier(envelope), clock,
                        new ProgressMeter(BackupProgress.NONE));
                LOG.info("Backed up {} (schema {}) before migrating it: {}", old.dataDir(), old.schemaVersion(),
                        w.file());
            } catch (DomainException e) {
                Object[] args = e.args();
                throw new DomainException("backup.beforeMigrationFailed", folder(old.dataDir()).toString(),
                        args.length == 0 ? e.code() : String.valueOf(args[args.length - 1]));
            }
        };
    }

    /**
     * Today's automatic backup, unless this school already has a verified one dated today (school
     * time) in the automatic folder, or the store has no school yet. Called when the app starts and
     * now and then while it runs.
     */
    public static Optional<BackupWritten> dailyIfDue(Store store, Clock clock) {
        if (store.services().setup().isEmpty()) {
            return Optional.empty();
        }
        Path dir = folder(store.dataDir());
        LocalDate today = LocalDate.now(clock.withZone(BackupFileName.SCHOOL_ZONE));
        var school = store.services().setup().school();
        SchoolIdentity us = new SchoolIdentity(school.moetCode(), school.name());
        boolean done = BackupLedger.read(dir).entries().stream()
                .anyMatch(e -> e.kind() == BackupKind.DAILY && e.school().sameSchool(us)
                        && e.created().atZone(BackupFileName.SCHOOL_ZONE).toLocalDate().equals(today)
                        && BackupFolder.size(dir.resolve(e.file())) == e.bytes());
        if (done) {
            return Optional.empty();
        }
        BackupWritten w = new BackupService(store, clock).automatic(BackupKind.DAILY, BackupProgress.NONE);
        LOG.info("Daily automatic backup {} ({} bytes, {} ms)", w.file(), w.bytes(), w.took().toMillis());
        return Optional.of(w);
    }
}
