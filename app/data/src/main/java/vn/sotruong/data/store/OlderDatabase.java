package vn.sotruong.data.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A store's database at the schema it was left in, before this build migrates it: only plain SQL
 * that the oldest schema understands (the jOOQ classes describe the newest one). Valid only during
 * {@link BeforeMigration#backUp}.
 */
public final class OlderDatabase {
    /** The school's name and its Ministry code (may be empty), as the old schema holds them. */
    public record SchoolName(String name, String moetCode) {
    }

    private final Path dataDir;
    private final JdbcConnectionPool pool;
    private final String schemaVersion;

    OlderDatabase(Path dataDir, JdbcConnectionPool pool, String schemaVersion) {
        this.dataDir = dataDir;
        this.pool = pool;
        this.schemaVersion = schemaVersion;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The newest migration applied so far, e.g. "1". */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** The school, when setup got that far (V1's {@code school} table, one row). */
    public Optional<SchoolName> school() {
        try (var c = pool.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT name, moet_code FROM school WHERE id = 1")) {
            return rs.next() ? Optional.of(new SchoolName(rs.getString(1), rs.getString(2) == null ? ""
                    : rs.getString(2))) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** The whole database as H2 SQL, as {@link Store#writeSqlSnapshot} writes it. */
    public void writeSqlSnapshot(Store.SqlSink sink) {
        Store.script(pool, dataDir, sink);
    }

    public long rowEstimate() {
        return Store.rowEstimate(pool);
    }
}
