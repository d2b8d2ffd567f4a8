package vn.sotruong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.data.store.Store;
import vn.sotruong.testkit.demo.DemoAccounts;

/** {@code backup create / verify / restore} on the demo school, through the real command line. */
class BackupCliTest {
    private static final String BACKUP_PASSWORD = "SaoLuu#2026";

    @TempDir
    static Path shared;
    private static Path demoStore;
    private static Path backupFile;

    @TempDir
    Path dir;

    private static CliRun run(Map<String, String> env, String... args) {
        return CliRun.of(env, args);
    }

    private static Map<String, String> env(String... pairs) {
        return CliRun.env(pairs);
    }

    private static Map<String, String> admin() {
        return env("SOTRUONG_PASSWORD", DemoAccounts.PASSWORD, "SOTRUONG_BACKUP_PASSWORD", BACKUP_PASSWORD);
    }

    /** The demo school and one backup of it, made once: demo generation takes seconds. */
    @BeforeAll
    static void demoSchoolAndItsBackup() {
        demoStore = shared.resolve("demo");
        CliRun demo = run(env(), "--data", demoStore.toString(), "demo", "create");
        assertThat(demo.exit()).as(demo.err()).isZero();
        CliRun r = run(admin(), "--data", demoStore.toString(), "--user", DemoAccounts.ADMIN, "backup", "create",
                "--to", shared.resolve("usb").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        backupFile = Path.of(r.out().lines().findFirst().orElseThrow());
        assertThat(backupFile).exists().hasParent(shared.resolve("usb").toAbsolutePath());
        assertThat(backupFile.getFileName().toString()).startsWith("SoTruong_truong-thcs-").endsWith(".sotruong.gpg");
        assertThat(r.out()).contains("Đã sao lưu và đọc lại kiểm tra", "giây", "Thư mục đang giữ 1 bản sao lưu");
    }

    @Test
    void verify_says_intact_with_exit_0_without_a_store_or_a_user() {
        CliRun r = run(env("SOTRUONG_BACKUP_PASSWORD", BACKUP_PASSWORD), "backup", "verify", backupFile.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("nguyên vẹn", "Dữ liệu mẫu");
    }

    @Test
    void verify_with_a_wrong_password_exits_4() {
        CliRun r = run(env("SOTRUONG_BACKUP_PASSWORD", "KhongPhai#1"), "backup", "verify", backupFile.toString());
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err()).contains("Mật khẩu sao lưu không đúng");
        CliRun en = run(env("SOTRUONG_BACKUP_PASSWORD", "KhongPhai#1", "SOTRUONG_LANG", "en"), "backup", "verify",
                backupFile.toString());
        assertThat(en.err()).contains("backup password is wrong");
    }

    @Test
    void verify_of_a_damaged_or_truncated_file_exits_5() throws Exception {
        byte[] all = Files.readAllBytes(backupFile);
        Path cut = dir.resolve("cut.sotruong.gpg");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        Path flipped = dir.resolve("flipped.sotruong.gpg");
        all[all.length / 2] ^= 1;
        Files.write(flipped, all);
        for (Path p : List.of(cut, flipped, dir.resolve("missing.sotruong.gpg"))) {
            CliRun r = run(env("SOTRUONG_BACKUP_PASSWORD", BACKUP_PASSWORD), "backup", "verify", p.toString());
            assertThat(r.exit()).as(p.toString()).isEqualTo(5);
            assertThat(r.err()).contains("bị hỏng hoặc không đầy đủ");
        }
    }

    @Test
    void verify_without_a_backup_password_is_a_usage_error() {
        CliRun r = run(env(), "backup", "verify", backupFile.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("SOTRUONG_BACKUP_PASSWORD");
    }

    @Test
    void restore_replaces_later_changes_and_every_table_matches_the_backup() throws Exception {
        Path store = copyOfDemo();
        Map<String, Long> before = counts(store);
        CliRun add = run(env("SOTRUONG_PASSWORD", DemoAccounts.PASSWORD, "SOTRUONG_NEW_PASSWORD", "TamThoi#2026"),
                "--data", store.toString(), "--user", DemoAccounts.ADMIN, "user", "add", "--login", "moi.sau",
                "--name", "Người Mới", "--roles", "gvbm");
        assertThat(add.exit()).as(add.err()).isZero();
        CliRun r = run(admin(), "--data", store.toString(), "--user", DemoAccounts.ADMIN, "backup", "restore",
                backupFile.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, Long> after = counts(store);
        // the audit trail gains the restore itself; everything else is exactly the backup
        Map<String, Long> expected = new TreeMap<>(before);
        after.remove("AUDIT_EVENT");
        expected.remove("AUDIT_EVENT");
        expected.remove("LOGIN_THROTTLE");
        after.remove("LOGIN_THROTTLE");
        // the store noted "last USB backup" after that backup's snapshot: one settings row the backup cannot hold
        assertThat(after.remove("SCHOOL_SETTING")).isEqualTo(expected.remove("SCHOOL_SETTING") - 1);
        assertThat(after).isEqualTo(expected);
        try (Store s = Store.open(store)) {
            assertThat(s.services().stores().accounts().findByLogin("moi.sau")).isEmpty();
            assertThat(s.services().stores().audit().firstBrokenEntry()).isEmpty();
            assertThat(s.services().auth().login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD.toCharArray(), "t")
                    .actor().login()).isEqualTo(DemoAccounts.ADMIN);
        }
    }

    @Test
    void restore_first_backs_up_the_data_in_use_and_the_drill_restores_that_by_default_with_exit_0() throws Exception {
        Path store = copyOfDemo();
        CliRun r = run(admin(), "--data", store.toString(), "--user", DemoAccounts.ADMIN, "backup", "restore",
                backupFile.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Dữ liệu trước khi phục hồi đã được sao lưu vào");
        try (Stream<Path> auto = Files.list(store.resolve("backups"))) {
            assertThat(auto.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("_truoc-phuc-hoi.sotruong.gpg"));
        }
        // no backup password needed: the automatic folder opens with this store's own key
        CliRun drill = run(env(), "--data", store.toString(), "backup", "drill");
        assertThat(drill.exit()).as(drill.err()).isZero();
        assertThat(drill.out()).contains("Diễn tập phục hồi thành công", "Dữ liệu mẫu", "nhật ký", "Kho tạm đã được xóa");
    }

    @Test
    void drill_from_a_stick_restores_its_newest_backup_and_exits_0_else_4_or_5() throws Exception {
        CliRun ok = run(env("SOTRUONG_BACKUP_PASSWORD", BACKUP_PASSWORD), "backup", "drill", "--from",
                backupFile.getParent().toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains(backupFile.getFileName().toString(), "Diễn tập phục hồi thành công");
        CliRun wrong = run(env("SOTRUONG_BACKUP_PASSWORD", "KhongPhai#1"), "backup", "drill", "--from",
                backupFile.getParent().toString());
        assertThat(wrong.exit()).isEqualTo(4);
        assertThat(wrong.err()).contains("Mật khẩu sao lưu không đúng", "không thành công");
        Path damaged = Files.createDirectories(dir.resolve("damaged-stick"));
        byte[] all = Files.readAllBytes(backupFile);
        all[all.length / 2] ^= 1;
        Files.write(damaged.resolve(backupFile.getFileName()), all);
        CliRun bad = run(env("SOTRUONG_BACKUP_PASSWORD", BACKUP_PASSWORD), "backup", "drill", "--from", damaged.toString());
        assertThat(bad.exit()).isEqualTo(5);
        assertThat(bad.err()).contains("bị hỏng hoặc không đầy đủ");
        CliRun none = run(env("SOTRUONG_BACKUP_PASSWORD", BACKUP_PASSWORD), "backup", "drill", "--from",
                dir.resolve("empty").toString());
        assertThat(none.exit()).isEqualTo(5);
        assertThat(none.err()).contains("Không có bản sao lưu nào");
        CliRun en = run(env("SOTRUONG_BACKUP_PASSWORD", BACKUP_PASSWORD, "SOTRUONG_LANG", "en"), "backup", "drill",
                "--from", backupFile.getParent().toString());
        assertThat(en.out()).contains("Restore drill passed");
    }

    @Test
    void restore_by_a_teacher_or_with_a_wrong_backup_password_is_refused_with_3() throws Exception {
        Path store = copyOfDemo();
        CliRun wrong = run(env("SOTRUONG_PASSWORD", DemoAccounts.PASSWORD, "SOTRUONG_BACKUP_PASSWORD", "KhongPhai#1"),
                "--data", store.toString(), "--user", DemoAccounts.ADMIN, "backup", "restore", backupFile.toString());
        assertThat(wrong.exit()).isEqualTo(3);
        assertThat(wrong.err()).contains("Mật khẩu sao lưu không đúng");
        CliRun teacher = run(admin(), "--data", store.toString(), "--user", DemoAccounts.SUBJECT_TEACHER,
                "backup", "restore", backupFile.toString());
        assertThat(teacher.exit()).isEqualTo(3);
        assertThat(teacher.err()).contains("không có quyền");
        try (Stream<Path> files = Files.list(store)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("previous-")
                    || n.startsWith("restore-"));
        }
    }

    @Test
    void create_by_a_teacher_is_refused_and_writes_nothing() {
        Path usb = dir.resolve("usb");
        CliRun r = run(admin(), "--data", copyOfDemo().toString(), "--user", DemoAccounts.SUBJECT_TEACHER,
                "backup", "create", "--to", usb.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(usb).doesNotExist();
    }

    @Test
    void the_help_names_the_backup_commands_and_their_exit_codes() {
        CliRun r = run(env(), "backup", "verify", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("4 sai mật khẩu sao lưu", "FILE");
        assertThat(run(env(), "--help").out()).contains("backup");
    }

    /** A private copy of the demo store (closed files only), so each test may change it. */
    private Path copyOfDemo() {
        Path copy = dir.resolve("store-" + System.nanoTime());
        try {
            Files.createDirectories(copy);
            for (String f : List.of("sotruong.mv.db", "store.properties")) {
                Files.copy(demoStore.resolve(f), copy.resolve(f));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return copy;
    }

    private static Map<String, Long> counts(Path dataDir) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("sotruong")
                + ";ACCESS_MODE_DATA=r", "sa", "");
             ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", null, new String[] {"BASE TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
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
