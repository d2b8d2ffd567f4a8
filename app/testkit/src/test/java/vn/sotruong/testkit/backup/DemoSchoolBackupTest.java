package vn.sotruong.testkit.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.backup.BackupService;
import vn.sotruong.data.backup.BackupWritten;
import vn.sotruong.data.backup.RestoreDone;
import vn.sotruong.data.store.Store;
import vn.sotruong.testkit.demo.DemoAccounts;
import vn.sotruong.testkit.demo.DemoOptions;
import vn.sotruong.testkit.demo.DemoSchoolGenerator;

/** The "done when": a backup of the demo school restores into an empty store with every count and the audit chain equal. */
class DemoSchoolBackupTest {
    private static final char[] BACKUP_PASSWORD = "SaoLuu#2026".toCharArray();

    @TempDir
    Path dir;

    @Test
    void the_demo_school_restores_into_an_empty_store_with_every_count_and_the_audit_chain_equal() throws Exception {
        Path school = dir.resolve("school");
        BackupWritten written;
        Actor admin;
        Map<String, Long> original;
        try (Store s = Store.open(school)) {
            DemoSchoolGenerator.generate(s.services(), DemoOptions.thcs(), LocalDate.of(2026, 11, 22));
            admin = s.services().auth().login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD.toCharArray(), "test").actor();
            written = new BackupService(s, java.time.Clock.systemUTC()).create(admin, dir.resolve("usb"), BACKUP_PASSWORD);
        }
        original = counts(school);
        Path fresh = dir.resolve("new-pc");
        try (Store empty = Store.open(fresh)) {
            RestoreDone done = new BackupService(empty, java.time.Clock.systemUTC())
                    .restore(admin, written.file(), BACKUP_PASSWORD, false);
            assertThat(done.manifest().rowCounts()).isEqualTo(written.manifest().rowCounts());
        }
        Map<String, Long> restored = counts(fresh);
        // the original gained BACKUP_CREATED and its "last USB backup" setting after the snapshot; the
        // restored store gained BACKUP_RESTORED
        assertThat(restored.get("AUDIT_EVENT")).isEqualTo(written.manifest().rowCounts().get("AUDIT_EVENT") + 1);
        assertThat(original.get("AUDIT_EVENT")).isEqualTo(written.manifest().rowCounts().get("AUDIT_EVENT") + 1);
        assertThat(original.get("SCHOOL_SETTING")).isEqualTo(restored.get("SCHOOL_SETTING") + 1);
        for (String bookkeeping : List.of("AUDIT_EVENT", "SCHOOL_SETTING")) {
            restored.remove(bookkeeping);
            original.remove(bookkeeping);
        }
        assertThat(restored).isEqualTo(original);
        assertThat(original.get("ACCOUNT")).isGreaterThan(60);
        try (Store s = Store.open(fresh)) {
            assertThat(s.services().stores().audit().firstBrokenEntry()).isEmpty();
            Actor teacher = s.services().auth().login(DemoAccounts.SUBJECT_TEACHER,
                    DemoAccounts.PASSWORD.toCharArray(), "test").actor();
            assertThat(teacher.login()).isEqualTo(DemoAccounts.SUBJECT_TEACHER);
            assertThat(s.services().setup().school().demo()).isTrue();
        }
    }

    private static Map<String, Long> counts(Path dataDir) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("sotruong")
                + ";ACCESS_MODE_DATA=r", "sa", "")) {
            List<String> names = new ArrayList<>();
            try (ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", null, new String[] {"BASE TABLE"})) {
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME"));
                }
            }
            for (String t : names) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"PUBLIC\".\"" + t + "\"")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
