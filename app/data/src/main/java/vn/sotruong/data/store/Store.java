package vn.sotruong.data.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.app.CoreStores;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.data.attendance.JooqAttendanceStore;
import vn.sotruong.data.audit.JooqAuditLog;
import vn.sotruong.core.lan.WorkstationService;
import vn.sotruong.core.audit.AuditCheckpoints;
import vn.sotruong.core.audit.CheckpointingAuditLog;
import vn.sotruong.data.signature.BcCertificateMaker;
import vn.sotruong.data.signature.CheckpointFile;
import vn.sotruong.data.signature.JooqCheckpointStore;
import vn.sotruong.data.signature.MirroredCheckpointStore;
import vn.sotruong.data.signature.JooqMinuteSignatureStore;
import vn.sotruong.data.signature.JooqSigningKeyStore;
import vn.sotruong.data.signature.SealedAuthorityVault;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.lan.JooqWorkstationStore;
import vn.sotruong.data.organisation.JooqOrganisationStore;
import vn.sotruong.data.gradebook.JooqGradebookStore;
import vn.sotruong.data.locks.JooqLockStore;
import vn.sotruong.data.correction.JooqCorrectionStore;
import vn.sotruong.data.review.JooqMonthlyNoteStore;
import vn.sotruong.data.pupil.JooqEnrolmentStore;
import vn.sotruong.data.pupil.JooqPupilStore;
import vn.sotruong.data.registers.JooqPrintLedgerStore;
import vn.sotruong.data.school.JooqSchoolStore;
import vn.sotruong.data.school.JooqSettingsStore;
import vn.sotruong.data.security.Argon2PasswordHasher;
import vn.sotruong.data.security.Argon2Settings;
import vn.sotruong.data.security.JooqAccountStore;
import vn.sotruong.data.security.JooqLoginThrottleStore;
import vn.sotruong.data.security.JooqPermissionStore;
import vn.sotruong.data.year.JooqSubjectStore;
import vn.sotruong.data.year.JooqYearStore;

/**
 * An open store: the school's H2 file in its data folder, locked for this process, migrated to
 * this version's schema, with the core services over it. Close it to release the folder.
 */
public final class Store implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    static final String DB_NAME = "sotruong";

    private final Path dataDir;
    private final StoreLock lock;
    private final JdbcConnectionPool pool;
    private final CoreServices services;
    private final WorkstationService workstations;
    private final vn.sotruong.core.lan.RoomScheduleService roomSchedule;
    private final vn.sotruong.core.lan.LanSharingService lanSharing;
    private boolean closed;

    private Store(Path dataDir, StoreLock lock, JdbcConnectionPool pool, CoreServices services, Clock clock) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.pool = pool;
        this.services = services;
        CoreStores s = services.stores();
        this.workstations = new WorkstationService(new JooqWorkstationStore((JooqTransactions) s.transactions()),
                s.audit(), s.transactions(), clock);
        this.roomSchedule = new vn.sotruong.core.lan.RoomScheduleService(s.settings(), s.audit(), s.transactions(),
                clock);
        this.lanSharing = new vn.sotruong.core.lan.LanSharingService(s.settings(), s.audit(), s.transactions());
    }

    public static Store open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    /**
     * Opens the store with no safety backup before a migration: for new stores, tests and a
     * restore's temporary store. The app and the command line open through the backup module's
     * {@code AutomaticBackups.openStore}, which passes a {@link BeforeMigration} that backs up first.
     */
    public static Store open(Path dataDir, Clock clock) {
        return open(dataDir, clock, BeforeMigration.NOTHING);
    }

    /**
     * Opens (creating if needed) the store in {@code dataDir}. When it holds a schema older than this
     * build's, {@code beforeMigration} runs first — under the store's lock, on the old schema — and a
     * refusal from it leaves the store unmigrated and closed. Refusals, each changing nothing:
     * {@code store.folderNotWritable}, {@code store.inUse}, {@code store.newerVersion},
     * {@code store.openFailed}, and whatever {@code beforeMigration} refuses with.
     */
    public static Store open(Path dataDir, Clock clock, BeforeMigration beforeMigration) {
        Path dir = dataDir.toAbsolutePath().normalize();
        ensureWritable(dir);
        StoreLock lock = StoreLock.acquire(dir);
        JdbcConnectionPool pool = null;
        try {
            AppVersion version = AppVersion.current();
            refuseIfNewer(dir, StoreInfo.read(dir).orElse(null), version);
            refuseFutureSchema(dir, StoreInfo.read(dir).map(StoreInfo::appVersion).orElse("?"));
            pool = JdbcConnectionPool.create(url(dir, ""), "sa", "");
            Flyway flyway = Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .loggers("slf4j").load();
            MigrationInfoService pending = flyway.info();
            if (pending.current() != null && pending.pending().length > 0) {
                // a store with data about to change shape: the caller's safety copy comes first
                beforeMigration.backUp(new OlderDatabase(dir, pool, pending.current().getVersion().getVersion()));
            }
            flyway.migrate();
            String schema = flyway.info().current() == null ? "0" : flyway.info().current().getVersion().getVersion();
            new StoreInfo(version.app(), schema, version.h2()).write(dir);
            CoreServices services = new CoreServices(stores(pool, clock, dir), clock);
            LOG.info("Store {} open (schema {}, app {})", dir, schema, version.app());
            return new Store(dir, lock, pool, services, clock);
        } catch (DomainException e) {
            dispose(pool);
            lock.close();
            throw e;
        } catch (RuntimeException e) {
            dispose(pool);
            lock.close();
            LOG.error("Cannot open store {}", dir, e);
            throw new DomainException("store.openFailed", dir.toString(), String.valueOf(e.getMessage()));
        }
    }

    private static CoreStores stores(JdbcConnectionPool pool, Clock clock, Path dir) {
        DSLContext dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
        JooqTransactions tx = new JooqTransactions(dsl);
        JooqAuditLog chain = new JooqAuditLog(tx, clock);
        SealedAuthorityVault authority = new SealedAuthorityVault(tx, dir);
        MirroredCheckpointStore checkpoints = new MirroredCheckpointStore(new JooqCheckpointStore(tx),
                new CheckpointFile(dir), tx);
        CheckpointingAuditLog audit = new CheckpointingAuditLog(chain);
        audit.checkpointWith(new AuditCheckpoints(chain, checkpoints, authority, clock));
        return new CoreStores(tx, new JooqSchoolStore(tx), new JooqSettingsStore(tx), new JooqYearStore(tx),
                new JooqSubjectStore(tx), new JooqOrganisationStore(tx), new JooqAccountStore(tx),
                new JooqLoginThrottleStore(tx), new JooqPermissionStore(tx), audit,
                new Argon2PasswordHasher(Argon2Settings.from(config(dir))), new JooqPupilStore(tx),
                new JooqEnrolmentStore(tx), new JooqGradebookStore(tx), new JooqLockStore(tx),
                new JooqCorrectionStore(tx), new JooqMonthlyNoteStore(tx), new JooqAttendanceStore(tx),
                new JooqPrintLedgerStore(tx),
                new vn.sotruong.data.pupil.JooqPupilPhotoStore(tx), new vn.sotruong.data.notice.JooqNoticeStore(tx),
                authority, new BcCertificateMaker(), new JooqSigningKeyStore(tx), new JooqMinuteSignatureStore(tx),
                checkpoints);
    }

    /** Optional {@code sotruong.properties} in the data folder (e.g. Argon2 cost). */
    private static Properties config(Path dir) {
        Properties p = new Properties();
        Path f = dir.resolve("sotruong.properties");
        if (Files.exists(f)) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                LOG.warn("Cannot read {}: {}", f, e.getMessage());
            }
        }
        return p;
    }

    private static void ensureWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new DomainException("store.folderNotWritable", dir.toString());
        }
    }

    private static void refuseIfNewer(Path dir, StoreInfo info, AppVersion version) {
        if (info == null) {
            return;
        }
        if (AppVersion.compare(info.h2Version(), version.h2()) > 0
                || AppVersion.compare(info.schemaVersion(), latestSchema()) > 0) {
            throw new DomainException("store.newerVersion", dir.toString(), info.appVersion());
        }
    }

    /**
     * Reads the applied migrations read-only, so a store from a newer version is refused before
     * anything (Flyway, H2's own header update) writes to it.
     */
    private static void refuseFutureSchema(Path dir, String writtenBy) {
        if (!Files.exists(dir.resolve(DB_NAME + ".mv.db"))) {
            return;
        }
        String latest = latestSchema();
        try (var c = java.sql.DriverManager.getConnection(url(dir, ";ACCESS_MODE_DATA=r"), "sa", "");
             var s = c.createStatement()) {
            var exists = c.getMetaData().getTables(null, null, "flyway_schema_history", null);
            if (!exists.next()) {
                return;
            }
            try (var rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                while (rs.next()) {
                    if (AppVersion.compare(rs.getString(1), latest) > 0) {
                        throw new DomainException("store.newerVersion", dir.toString(), writtenBy);
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new DomainException("store.openFailed", dir.toString(), e.getMessage());
        }
    }

    private static String url(Path dir, String options) {
        return "jdbc:h2:file:" + dir.resolve(DB_NAME) + ";DB_CLOSE_ON_EXIT=FALSE" + options;
    }

    /**
     * The newest schema version this build knows: the highest {@code V<n>__} migration in
     * {@code db/migration}. A constant because asking Flyway costs a database at start-up;
     * {@code StoreTest} checks it against Flyway.
     */
    static final String LATEST_SCHEMA = "20";

    static String latestSchema() {
        return LATEST_SCHEMA;
    }

    /** The newest schema version this build can open: a backup from a newer one is refused. */
    public static String latestSchemaVersion() {
        return LATEST_SCHEMA;
    }

    /**
     * Writes a consistent SQL snapshot of the whole database (H2 {@code SCRIPT}, one statement per
     * call of {@code sink}). H2 produces the script in one command, so it is a single consistent
     * view even while others write. No passwords or settings of the H2 user: the script is data only.
     */
    public void writeSqlSnapshot(SqlSink sink) {
        script(pool, dataDir, sink);
    }

    /** About how many rows the database holds (H2's estimate, cheap): a backup's progress bar measures against it. */
    public long rowEstimate() {
        return rowEstimate(pool);
    }

    static void script(JdbcConnectionPool pool, Path dataDir, SqlSink sink) {
        try (var c = pool.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            while (rs.next()) {
                sink.statement(rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("SQL snapshot of " + dataDir + " failed", e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static long rowEstimate(JdbcConnectionPool pool) {
        try (var c = pool.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT COALESCE(SUM(ROW_COUNT_ESTIMATE), 0) FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }

    /** Receives the statements of {@link #writeSqlSnapshot}; may throw to stop the snapshot. */
    @FunctionalInterface
    public interface SqlSink {
        void statement(String sql) throws java.io.IOException;
    }

    public CoreServices services() {
        return services;
    }

    /** Ghép máy trạm: the workstations paired with this office PC over the LAN (issue 9). */
    public WorkstationService workstations() {
        return workstations;
    }

    /** Lịch phòng máy: when workstations may sign in (issue 9). */
    public vn.sotruong.core.lan.RoomScheduleService roomSchedule() {
        return roomSchedule;
    }

    /** Chia sẻ mạng nội bộ: whether (and where) the office PC's app serves the LAN when it starts. */
    public vn.sotruong.core.lan.LanSharingService lanSharing() {
        return lanSharing;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Flushes the database to disk (H2 does not fsync each commit): after corrections and locks. */
    public void checkpoint() {
        try (var c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Flushes to disk, then closes: H2 closes the file when the pool's last connection goes. */
    @Override
    public void close() {
        // a restore closes the store before swapping files; the session that opened it closes it again
        if (closed) {
            return;
        }
        closed = true;
        try {
            checkpoint();
        } catch (IllegalStateException e) {
            LOG.warn("Checkpoint of {} at close failed: {}", dataDir, e.getMessage());
        } finally {
            dispose(pool);
            lock.close();
        }
    }

    private static void dispose(JdbcConnectionPool pool) {
        if (pool != null) {
            pool.dispose();
        }
    }
}
