package vn.sotruong.data.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.school.School;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.backup.OpenPgpEnvelope.Damaged;
import vn.sotruong.data.backup.OpenPgpEnvelope.WrongPassword;
import vn.sotruong.data.store.AppVersion;
import vn.sotruong.data.store.Store;
import vn.sotruong.data.store.StoreReplacement;

/**
 * Restores a backup: verify the whole file → load its SQL into a new database in a
 * {@code restore-<stamp>/} folder beside the store → compare every table's rows with the manifest →
 * open it as a store (Flyway migrates an older backup) → check the audit chain → only then close the
 * live store and swap the files ({@link StoreReplacement}). Until the swap the live store is untouched;
 * any refusal removes the temporary folder.
 */
final class BackupRestorer {
    private static final Logger LOG = LoggerFactory.getLogger(BackupRestorer.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BackupReader reader;
    private final BackupVerifier verifier;
    private final Clock clock;

    BackupRestorer(OpenPgpEnvelope envelope, Clock clock) {
        this.reader = new BackupReader(envelope);
        this.verifier = new BackupVerifier(envelope);
        this.clock = clock;
    }

    /**
     * Refusals, each leaving the live store as it was: {@code backup.wrongPassword},
     * {@code backup.damaged}, {@code backup.newerVersion}, {@code backup.otherSchool},
     * {@code backup.restoreCheckFailed}, {@code backup.auditBroken}, {@code backup.safetyBackupFailed},
     * {@code store.inUse}. {@code safety} backs up the live data once every check has passed, just
     * before the live store is closed. On success the live store is closed.
     */
    RestoreDone restore(Store live, Actor actor, Path file, char[] password, boolean otherSchool, ProgressMeter meter,
                        Function<BackupProgress, Optional<Path>> safety) {
        return restore(live, actor, file, password, otherSchool, false, meter, safety);
    }

    /**
     * As above; the backup's signing state ({@link SigningStateEntries}) is written back after the swap, and a CA
     * secret different from the one on this PC is refused ({@code backup.caKeyDiffers}) unless {@code replaceCaKey}.
     */
    RestoreDone restore(Store live, Actor actor, Path file, char[] password, boolean otherSchool, boolean replaceCaKey,
                        ProgressMeter meter, Function<BackupProgress, Optional<Path>> safety) {
        long t0 = System.nanoTime();
        meter.stage(BackupProgress.Stage.VERIFY, 0.0, 0.30);
        BackupManifest manifest = verified(file, password, meter);
        refuseNewer(file, manifest);
        refuseOtherSchool(live, manifest, otherSchool);
        // we hold the store's lock: a restore-… folder here is what a killed earlier restore left
        removeLeftovers(live.dataDir());
        String stamp = freeStamp(live.dataDir());
        Path temp = live.dataDir().resolve("restore-" + stamp);
        Optional<Path> safetyBackup;
        Map<String, byte[]> carried = new java.util.HashMap<>();
        try {
            Files.createDirectories(temp);
            meter.stage(BackupProgress.Stage.LOAD, 0.30, 0.60);
            load(temp, file, password, manifest, meter, carried);
            SigningStateEntries.checkCaSecret(live.dataDir(), carried, replaceCaKey);
            meter.stage(BackupProgress.Stage.CHECK, 0.60, 0.70);
            checkAndRecord(temp, actor, file, manifest, otherSchool, stamp);
            meter.stage(BackupProgress.Stage.SAFETY_BACKUP, 0.70, 0.95);
            ProgressMeter outer = meter;
            safetyBackup = safety.apply((stage, done) -> outer.within(done));
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e instanceof DomainException d ? d
                    : new DomainException("backup.restoreCheckFailed", OpenPgpEnvelope.describe(e));
        }
        meter.stage(BackupProgress.Stage.SWAP, 0.95, 1.0);
        live.close();
        Path previous;
        try {
            previous = StoreReplacement.swap(live.dataDir(), temp, stamp, step -> meter.within(
                    step == StoreReplacement.Step.KEPT ? 0.5 : 0.9));
        } finally {
            deleteTree(temp);
        }
        SigningStateEntries.restore(live.dataDir(), carried, replaceCaKey);
        PreviousStores.prune(live.dataDir(), previous, PreviousStores.KEEP);
        meter.done();
        LOG.info("Restored {} into {}; previous store kept in {}", file, live.dataDir(), previous);
        return new RestoreDone(manifest, previous, Duration.ofNanos(System.nanoTime() - t0), safetyBackup);
    }

    /**
     * The restore drill (diễn tập phục hồi): the same verify → load → count → migrate → audit-chain
     * checks as a restore, into {@code scratch} (a folder of its own), without touching any live store
     * and without recording anything. The caller deletes {@code scratch}. Refusals as for a restore.
     */
    DrillReport drill(Path file, char[] password, Path scratch, ProgressMeter meter) {
        long t0 = System.nanoTime();
        meter.stage(BackupProgress.Stage.VERIFY, 0.0, 0.40);
        BackupManifest manifest = verified(file, password, meter);
        refuseNewer(file, manifest);
        meter.stage(BackupProgress.Stage.LOAD, 0.40, 0.85);
        load(scratch, file, password, manifest, meter, new java.util.HashMap<>());
        meter.stage(BackupProgress.Stage.CHECK, 0.85, 1.0);
        try (Store restored = Store.open(scratch, clock)) {
            var stores = restored.services().stores();
            OptionalLong broken = stores.audit().firstBrokenEntry();
            if (broken.isPresent()) {
                throw new DomainException("backup.auditBroken", broken.getAsLong());
            }
            // the rows were counted against the manifest before the migrations ran
            long auditEntries = manifest.rowCounts().getOrDefault("AUDIT_EVENT", 0L);
            meter.done();
            return new DrillReport(file, manifest, Store.latestSchemaVersion(), auditEntries,
                    Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    private BackupManifest verified(Path file, char[] password, ProgressMeter meter) {
        VerifyResult r = verifier.verify(file, password, meter::within);
        return switch (r.outcome()) {
            case INTACT -> r.manifest().orElseThrow();
            case WRONG_PASSWORD -> throw new DomainException("backup.wrongPassword", file.getFileName().toString());
            case DAMAGED -> throw new DomainException("backup.damaged", file.getFileName().toString(), r.reason());
        };
    }

    private static void refuseNewer(Path file, BackupManifest m) {
        if (m.format() > BackupManifest.FORMAT
                || AppVersion.compare(m.schemaVersion(), Store.latestSchemaVersion()) > 0) {
            throw new DomainException("backup.newerVersion", file.getFileName().toString(), m.appVersion());
        }
    }

    /** The same school by its Ministry code when both have one, else by name; an empty store takes any. */
    private static void refuseOtherSchool(Store live, BackupManifest m, boolean otherSchool) {
        if (otherSchool || live.services().setup().isEmpty()) {
            return;
        }
        School here = live.services().setup().school();
        String code = here.moetCode() == null ? "" : here.moetCode();
        boolean same = !code.isEmpty() && !m.schoolCode().isEmpty() ? code.equals(m.schoolCode())
                : here.name().equals(m.schoolName());
        if (!same) {
            throw new DomainException("backup.otherSchool", m.schoolName(), here.name());
        }
    }

    /** Second pass over the file: statements run as they are read, so no plain copy of the SQL touches the disk. */
    private void load(Path temp, Path file, char[] password, BackupManifest verifiedManifest, ProgressMeter meter,
                      Map<String, byte[]> carried) {
        String url = "jdbc:h2:file:" + temp.resolve(StoreReplacement.DATABASE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            BackupManifest again;
            try {
                again = reader.read(file, password, new BackupReader.StatementSink() {
                    @Override
                    public void statement(String sql) throws SQLException {
                        s.execute(sql);
                    }

                    @Override
                    public void carried(String entry, byte[] content) {
                        carried.put(entry, content);
                    }
                }, meter::within);
            } catch (WrongPassword | Damaged e) {
                // the file changed since it was verified a moment ago
                throw new DomainException("backup.damaged", file.getFileName().toString(), e.getMessage());
            }
            if (!again.equals(verifiedManifest)) {
                throw new DomainException("backup.damaged", file.getFileName().toString(), "changed while restoring");
            }
            c.commit();
            checkCounts(s, verifiedManifest.rowCounts());
            s.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new DomainException("backup.restoreCheckFailed", e.getMessage());
        }
    }

    /** Every table of the backup holds exactly the rows the manifest promises, before any migration runs. */
    private static void checkCounts(Statement s, Map<String, Long> expected) throws SQLException {
        for (var e : expected.entrySet()) {
            String table = "\"PUBLIC\".\"" + e.getKey().replace("\"", "\"\"") + "\"";
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                if (rs.getLong(1) != e.getValue()) {
                    throw new DomainException("backup.restoreCheckFailed",
                            e.getKey() + ": " + rs.getLong(1) + " ≠ " + e.getValue());
                }
            }
        }
    }

    /** Opens the loaded database as a store (which migrates it), checks its audit chain and records the restore in it. */
    private void checkAndRecord(Path temp, Actor actor, Path file, BackupManifest m, boolean otherSchool,
                                String stamp) {
        try (Store restored = Store.open(temp, clock)) {
            var stores = restored.services().stores();
            OptionalLong broken = stores.audit().firstBrokenEntry();
            if (broken.isPresent()) {
                throw new DomainException("backup.auditBroken", broken.getAsLong());
            }
            String detail = "school=" + m.schoolName() + "; created=" + m.createdUtc() + "; schema="
                    + m.schemaVersion() + "; app=" + m.appVersion() + "; otherSchool=" + otherSchool
                    + "; previous=previous-" + stamp;
            stores.transactions().inTransaction(() -> {
                stores.audit().record(new AuditEvent(actor.login(), AuditKind.BACKUP_RESTORED,
                        "backup:" + file.getFileName(), detail, actor.workstation()));
                return null;
            });
        }
    }

    private static void removeLeftovers(Path dataDir) {
        try (var dirs = Files.newDirectoryStream(dataDir, "restore-*")) {
            for (Path d : dirs) {
                if (Files.isDirectory(d)) {
                    LOG.info("Removing {} left by an interrupted restore", d);
                    deleteTree(d);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot look for leftovers in {}: {}", dataDir, e.toString());
        }
    }

    private String freeStamp(Path dataDir) {
        String base = STAMP.format(clock.instant().atZone(BackupFileName.SCHOOL_ZONE));
        String stamp = base;
        for (int n = 2; Files.exists(dataDir.resolve("previous-" + stamp))
                || Files.exists(dataDir.resolve("restore-" + stamp)); n++) {
            stamp = base + "-" + n;
        }
        return stamp;
    }

    private static void deleteTree(Path root) {
        if (!vn.sotruong.data.store.FileTrees.deleteQuietly(root)) {
            LOG.warn("Could not remove {}", root);
        }
    }
}
