package vn.sotruong.data.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.backup.BackupListing.Check;
import vn.sotruong.data.store.Store;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

/** The backups the app makes by itself: daily, before a restore, before a migration; and their key. */
class AutomaticBackupsTest extends SchoolStoreFixture {
    private static final char[] PASSWORD = "SaoLuu#2026".toCharArray();

    private Path local() {
        return AutomaticBackups.folder(dir);
    }

    private char[] key() {
        return LocalBackupKey.of(dir);
    }

    @Test
    void one_daily_backup_a_day_with_the_stores_own_key_rotated_to_the_local_setting() throws Exception {
        new BackupService(store, clock).updateSettings(admin, new BackupSettings(5, 2, 7));
        Optional<BackupWritten> first = AutomaticBackups.dailyIfDue(store, clock);
        assertThat(first).isPresent();
        assertThat(first.get().file()).hasParent(local());
        assertThat(first.get().file().getFileName().toString()).endsWith("_0800_tu-dong.sotruong.gpg");
        assertThat(first.get().kind()).isEqualTo(BackupKind.DAILY);
        clock.advance(Duration.ofHours(5));
        assertThat(AutomaticBackups.dailyIfDue(store, clock)).isEmpty();
        String keyText = Files.readString(dir.resolve(LocalBackupKey.FILE));
        assertThat(keyText.strip()).hasSize(43);
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(LocalBackupKey.FILE))))
                    .isEqualTo("rw-------");
        }
        Path second = null;
        for (int day = 1; day <= 3; day++) {
            clock.advance(Duration.ofDays(1));
            second = AutomaticBackups.dailyIfDue(store, clock).orElseThrow().file();
        }
        // the key is made once and never replaced: every backup still opens with it
        assertThat(Files.readString(dir.resolve(LocalBackupKey.FILE))).isEqualTo(keyText);
        assertThat(new BackupVerifier().verify(second, key()).intact()).isTrue();
        assertThat(new BackupVerifier().verify(second, PASSWORD).outcome()).isEqualTo(VerifyResult.Outcome.WRONG_PASSWORD);
        assertThat(new BackupService(store, clock).list(local())).hasSize(2).allMatch(l -> l.check() == Check.VERIFIED
                && l.kind() == BackupKind.DAILY);
        var last = store.services().stores().audit().latest(1).getFirst();
        assertThat(last.kind()).isEqualTo(AuditKind.BACKUP_CREATED);
        assertThat(last.actorLogin()).isEqualTo(AutomaticBackups.ACTOR);
        assertThat(last.detail()).contains("automatic=tu-dong");
        assertThat(new BackupService(store, clock).lastLocalBackup()).isPresent();
        assertThat(new BackupService(store, clock).lastUsbBackup()).isEmpty();
    }

    @Test
    void an_empty_store_gets_no_daily_backup() {
        try (Store empty = Store.open(dir.resolve("empty"), clock)) {
            assertThat(AutomaticBackups.dailyIfDue(empty, clock)).isEmpty();
            assertThat(AutomaticBackups.folder(empty.dataDir())).doesNotExist();
        }
    }

    @Test
    void a_restore_first_backs_up_the_current_data_on_this_pc() throws Exception {
        BackupWritten usb = new BackupService(store, clock).create(admin, dir.resolve("usb"), PASSWORD);
        Schools.person(s, "sau.backup", "Lê Văn Sau", Role.GVBM);
        clock.advance(Duration.ofMinutes(5));
        RestoreDone done = new BackupService(store, clock).restore(admin, usb.file(), PASSWORD, false);
        Path safety = done.safetyBackup().orElseThrow();
        assertThat(safety).hasParent(local());
        assertThat(safety.getFileName().toString()).endsWith("_truoc-phuc-hoi.sotruong.gpg");
        // the safety copy holds what the restore replaced: the person added after the USB backup
        Path elsewhere = dir.resolve("elsewhere");
        try (Store target = Store.open(elsewhere, clock)) {
            new BackupService(target, clock).restore(admin, safety, key(), false);
        }
        try (Store back = Store.open(elsewhere, clock)) {
            assertThat(back.services().stores().accounts().findByLogin("sau.backup")).isPresent();
        }
        store = Store.open(dir, clock);
        assertThat(store.services().stores().accounts().findByLogin("sau.backup")).isEmpty();
    }

    @Test
    void a_restore_whose_safety_backup_cannot_be_written_is_refused_and_changes_nothing() throws Exception {
        BackupWritten usb = new BackupService(store, clock).create(admin, dir.resolve("usb"), PASSWORD);
        Schools.person(s, "sau.backup", "Lê Văn Sau", Role.GVBM);
        Files.writeString(local(), "a file where the folder should be");
        assertThat(code(() -> new BackupService(store, clock).restore(admin, usb.file(), PASSWORD, false)))
                .isEqualTo("backup.safetyBackupFailed");
        assertThat(store.services().stores().accounts().findByLogin("sau.backup")).isPresent();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("restore-")
                    || n.startsWith("previous-"));
        }
    }

    @Test
    void a_store_at_an_older_schema_is_backed_up_before_it_is_migrated() throws Exception {
        Path old = dir.resolve("old-store");
        String url = storeAtSchemaOne(old);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("INSERT INTO school (id, name, moet_code, province, district, school_level, principal_name, demo)"
                    + " VALUES (1, 'Trường THCS Chu Văn An', '79000701', 'TP. Hồ Chí Minh', 'Quận 1', 'THCS',"
                    + " 'Nguyễn Thị Hạnh', FALSE)");
            st.execute("INSERT INTO school_setting (setting_key, setting_value) VALUES ('x.from.v1', 'kept')");
        }
        try (Store migrated = AutomaticBackups.openStore(old, clock)) {
            assertThat(migrated.services().setup().school().name()).isEqualTo("Trường THCS Chu Văn An");
        }
        List<BackupListing> list = BackupFolder.list(AutomaticBackups.folder(old));
        assertThat(list).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(BackupKind.BEFORE_MIGRATION);
            assertThat(l.check()).isEqualTo(Check.VERIFIED);
            assertThat(l.name()).isEqualTo("SoTruong_truong-thcs-chu-van-an_2026-11-23_0800_truoc-nang-cap.sotruong.gpg");
        });
        VerifyResult v = new BackupVerifier().verify(list.getFirst().file(), LocalBackupKey.of(old));
        assertThat(v.intact()).as(v.reason()).isTrue();
        BackupManifest m = v.manifest().orElseThrow();
        assertThat(m.schemaVersion()).isEqualTo("1");
        assertThat(m.rowCounts()).containsEntry("SCHOOL", 1L).containsEntry("SCHOOL_SETTING", 1L)
                .doesNotContainKey("PUPIL");
        // opening again migrates nothing, so backs up nothing
        try (Store again = AutomaticBackups.openStore(old, clock)) {
            assertThat(again.services().setup().isEmpty()).isFalse();
        }
        assertThat(BackupFolder.list(AutomaticBackups.folder(old))).hasSize(1);
        // and the pre-migration backup restores, migrated on the way in
        Path fresh = dir.resolve("fresh");
        try (Store target = Store.open(fresh, clock)) {
            new BackupService(target, clock).restore(admin, list.getFirst().file(), LocalBackupKey.of(old), false);
        }
        try (Store restored = Store.open(fresh, clock)) {
            assertThat(restored.services().stores().settings().get("x.from.v1")).contains("kept");
        }
        assertThat(BackupFiles.tableCounts(fresh)).containsKey("PUPIL").containsEntry("SCHOOL", 1L);
    }

    @Test
    void a_migration_whose_backup_cannot_be_written_does_not_happen() throws Exception {
        Path old = dir.resolve("old-store");
        String url = storeAtSchemaOne(old);
        Files.writeString(AutomaticBackups.folder(old), "a file where the folder should be");
        assertThat(code(() -> AutomaticBackups.openStore(old, clock).close())).isEqualTo("backup.beforeMigrationFailed");
        assertThat(appliedVersions(url)).containsExactly("1");
        // the lock was released: once the folder is free, the same store opens and migrates
        Files.delete(AutomaticBackups.folder(old));
        try (Store s2 = AutomaticBackups.openStore(old, clock)) {
            assertThat(s2.dataDir()).isEqualTo(old.toAbsolutePath().normalize());
        }
        assertThat(appliedVersions(url)).contains("1", Store.latestSchemaVersion());
    }

    @Test
    void a_new_store_is_not_backed_up_before_its_first_migrations() {
        Path fresh = dir.resolve("fresh");
        try (Store s2 = AutomaticBackups.openStore(fresh, clock)) {
            assertThat(s2.services().setup().isEmpty()).isTrue();
        }
        assertThat(AutomaticBackups.folder(fresh)).doesNotExist();
    }

    /** A store as the first release left it: Flyway run up to V1 only. Returns its JDBC URL. */
    private static String storeAtSchemaOne(Path folder) throws Exception {
        Files.createDirectories(folder);
        String url = "jdbc:h2:file:" + folder.resolve("sotruong");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load().migrate();
        return url;
    }

    private static List<String> appliedVersions(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r", "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
                             + " ORDER BY \"installed_rank\"")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
