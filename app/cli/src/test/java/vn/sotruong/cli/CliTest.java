package vn.sotruong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Account;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.store.Store;
import vn.sotruong.testkit.demo.DemoAccounts;

/** The command line against real H2 stores, through {@link Cli#run(String[], PrintStream, PrintStream, Map, java.io.InputStream)}. */
class CliTest {
    private static final String ADMIN_PASSWORD = "QuanTri#2026";
    private static final String TEMP_PASSWORD = "TamThoi#2026";

    @TempDir
    Path dir;

    private CliRun run(Map<String, String> env, String... args) {
        return CliRun.of(env, args);
    }

    private static Map<String, String> env(String... pairs) {
        return CliRun.env(pairs);
    }

    private String data() {
        return dir.resolve("store").toString();
    }

    private void initSchool() {
        CliRun r = run(env("SOTRUONG_PASSWORD", ADMIN_PASSWORD), "--data", data(), "school", "init",
                "--name", "Trường THCS Chu Văn An", "--level", "thcs", "--year", "2026-2027", "--admin", "quantri",
                "--admin-name", "Trần Quốc Toản", "--province", "Hà Nội");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private CliRun asAdmin(String... args) {
        return run(env("SOTRUONG_PASSWORD", ADMIN_PASSWORD, "SOTRUONG_NEW_PASSWORD", TEMP_PASSWORD),
                concat(List.of("--data", data(), "--user", "quantri"), args));
    }

    private static String[] concat(List<String> head, String... tail) {
        List<String> all = new java.util.ArrayList<>(head);
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }

    /** Reads the store after the command has closed it. */
    private <T> T inStore(java.util.function.Function<CoreServices, T> read) {
        try (Store s = Store.open(dir.resolve("store"))) {
            return read.apply(s.services());
        }
    }

    private int classCount() {
        return inStore(s -> {
            Actor admin = s.auth().login("quantri", ADMIN_PASSWORD.toCharArray(), "test").actor();
            return s.organisation().classes(admin, s.years().currentYear().orElseThrow().id()).size();
        });
    }

    private int accountCount() {
        return inStore(s -> s.stores().accounts().list().size());
    }

    @Test
    void version_prints_the_version_and_exits_0() {
        CliRun r = run(env(), "--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Sổ Trường ").contains("H2 2.5");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void is_command_tells_commands_from_desktop_options() {
        assertThat(Cli.isCommand(new String[] {})).isFalse();
        assertThat(Cli.isCommand(new String[] {"--data", "/tmp/x", "--demo", "--lang", "en"})).isFalse();
        assertThat(Cli.isCommand(new String[] {"--data=/tmp/x", "--lang=vi"})).isFalse();
        assertThat(Cli.isCommand(new String[] {"--version"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"-h"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"--data", "/tmp/x", "demo", "create"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"--user", "a", "user", "passwd"})).isTrue();
    }

    @Test
    void help_is_vietnamese_by_default_and_english_on_request() {
        CliRun vi = run(env(), "demo", "create", "--help");
        assertThat(vi.exit()).isZero();
        assertThat(vi.out()).contains("Cách dùng:", "Tạo trường mẫu trong một kho dữ liệu trống", "--seed",
                "Cấp học: thcs");
        CliRun en = run(env("SOTRUONG_LANG", "en"), "demo", "create", "--help");
        assertThat(en.out()).contains("Usage:", "Creates the demo school in an empty store");
        CliRun top = run(env(), "--help");
        assertThat(top.out()).contains("Lệnh:", "demo", "school", "class", "user", "Mã thoát");
    }

    @Test
    void school_init_then_user_add_then_the_new_user_must_change_password_before_anything_else() {
        initSchool();
        CliRun add = asAdmin("user", "add", "--login", "thuy.nt", "--name", "Nguyễn Thị Thủy", "--roles", "gvbm,gvcn");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("thuy.nt");

        CliRun beforeChange = run(env("SOTRUONG_PASSWORD", TEMP_PASSWORD), "--data", data(), "--user", "thuy.nt",
                "class", "add", "--grade", "7", "--name", "7A");
        assertThat(beforeChange.exit()).isEqualTo(3);
        assertThat(beforeChange.err()).contains("Bạn cần đổi mật khẩu trước khi tiếp tục.");

        CliRun passwd = run(env("SOTRUONG_PASSWORD", TEMP_PASSWORD, "SOTRUONG_NEW_PASSWORD", "MoiMoi#2026"),
                "--data", data(), "--user", "thuy.nt", "user", "passwd");
        assertThat(passwd.exit()).as(passwd.err()).isZero();
        java.util.Optional<vn.sotruong.core.security.PasswordChange> due =
                inStore(s -> s.auth().login("thuy.nt", "MoiMoi#2026".toCharArray(), "test").changeDue());
        assertThat(due).isEmpty();
        Account a = inStore(s -> s.stores().accounts().findByLogin("thuy.nt").orElseThrow());
        assertThat(a.fullName()).isEqualTo("Nguyễn Thị Thủy");
        assertThat(a.roles()).extracting(r -> r.code()).containsExactlyInAnyOrder("gvbm", "gvcn");
    }

    @Test
    void user_passwd_changes_the_own_password_and_the_old_one_stops_working() {
        initSchool();
        CliRun r = run(env("SOTRUONG_PASSWORD", ADMIN_PASSWORD, "SOTRUONG_NEW_PASSWORD", "DoiRoi#2026"),
                "--data", data(), "--user", "quantri", "user", "passwd");
        assertThat(r.exit()).as(r.err()).isZero();
        CliRun old = run(env("SOTRUONG_PASSWORD", ADMIN_PASSWORD), "--data", data(), "--user", "quantri",
                "class", "add", "--grade", "6", "--name", "6A");
        assertThat(old.exit()).isEqualTo(3);
        assertThat(old.err()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void class_add_with_a_homeroom_teacher_puts_the_class_in_the_current_year() {
        initSchool();
        assertThat(asAdmin("user", "add", "--login", "lan.pt", "--name", "Phạm Thị Lan", "--roles", "gvcn").exit())
                .isZero();
        CliRun r = asAdmin("class", "add", "--grade", "7", "--name", "7a", "--homeroom", "lan.pt");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("7A", "2026-2027");
        SchoolClass c = inStore(s -> {
            Actor admin = s.auth().login("quantri", ADMIN_PASSWORD.toCharArray(), "test").actor();
            return s.organisation().classes(admin, s.years().currentYear().orElseThrow().id()).getFirst();
        });
        long lan = inStore(s -> s.stores().accounts().findByLogin("lan.pt").orElseThrow().staffId());
        assertThat(c.name()).isEqualTo("7A");
        assertThat(c.grade()).isEqualTo(7);
        assertThat(c.homeroomStaffId()).isEqualTo(lan);
    }

    @Test
    void a_wrong_password_is_refused_with_3_and_a_vietnamese_reason() {
        initSchool();
        CliRun r = run(env("SOTRUONG_PASSWORD", "sai-mat-khau"), "--data", data(), "--user", "quantri",
                "class", "add", "--grade", "6", "--name", "6A");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(r.out()).isEmpty();
        assertThat(classCount()).isZero();
    }

    @Test
    void refusals_are_in_english_when_asked() {
        initSchool();
        CliRun r = run(env("SOTRUONG_PASSWORD", "sai-mat-khau", "SOTRUONG_LANG", "en"), "--data", data(),
                "--user", "quantri", "class", "add", "--grade", "6", "--name", "6A");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).doesNotContain("mật khẩu").containsIgnoringCase("password");
    }

    @Test
    void a_subject_teacher_running_user_add_is_refused_and_nothing_is_added() {
        initSchool();
        asAdmin("user", "add", "--login", "minh.lv", "--name", "Lê Văn Minh", "--roles", "gvbm");
        run(env("SOTRUONG_PASSWORD", TEMP_PASSWORD, "SOTRUONG_NEW_PASSWORD", "GvMinh#2026"), "--data", data(),
                "--user", "minh.lv", "user", "passwd");
        int before = accountCount();
        CliRun r = run(env("SOTRUONG_PASSWORD", "GvMinh#2026", "SOTRUONG_NEW_PASSWORD", TEMP_PASSWORD),
                "--data", data(), "--user", "minh.lv", "user", "add", "--login", "hacker", "--name", "Ai Đó",
                "--roles", "quan-tri");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("Bạn không có quyền thực hiện thao tác này.");
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void a_duplicate_class_is_refused_and_nothing_changes() {
        initSchool();
        assertThat(asAdmin("class", "add", "--grade", "6", "--name", "6A").exit()).isZero();
        CliRun r = asAdmin("class", "add", "--grade", "6", "--name", "6a");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("Lớp 6A đã có trong năm học này.");
        assertThat(classCount()).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_with_3_and_changes_nothing() {
        initSchool();
        int accounts = accountCount();
        CliRun grade = asAdmin("class", "add", "--grade", "10", "--name", "10A");
        assertThat(grade.exit()).isEqualTo(3);
        assertThat(grade.err()).contains("Khối 10");
        CliRun homeroom = asAdmin("class", "add", "--grade", "6", "--name", "6B", "--homeroom", "khong.co");
        assertThat(homeroom.exit()).isEqualTo(3);
        assertThat(homeroom.err()).contains("khong.co");
        CliRun role = asAdmin("user", "add", "--login", "x.y", "--name", "Xuân Yến", "--roles", "gvbm,hoc-sinh");
        assertThat(role.exit()).isEqualTo(3);
        assertThat(role.err()).contains("hoc-sinh");
        CliRun shortPassword = run(env("SOTRUONG_PASSWORD", ADMIN_PASSWORD, "SOTRUONG_NEW_PASSWORD", "123"),
                "--data", data(), "--user", "quantri", "user", "add", "--login", "x.y", "--name", "Xuân Yến",
                "--roles", "gvbm");
        assertThat(shortPassword.exit()).isEqualTo(3);
        assertThat(shortPassword.err()).contains("ít nhất 8 ký tự");
        assertThat(classCount()).isZero();
        assertThat(accountCount()).isEqualTo(accounts);
    }

    @Test
    void school_init_on_a_store_with_a_school_is_refused() {
        initSchool();
        CliRun r = run(env("SOTRUONG_PASSWORD", ADMIN_PASSWORD), "--data", data(), "school", "init", "--name", "Khác",
                "--level", "tieuhoc", "--year", "2026-2027", "--admin", "khac");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("Kho dữ liệu đã có trường");
        String name = inStore(s -> s.setup().school().name());
        assertThat(name).isEqualTo("Trường THCS Chu Văn An");
    }

    @Test
    void demo_create_makes_the_demo_school_whose_accounts_sign_in() {
        CliRun r = run(env(), "demo", "create", "--data", data(), "--level", "tieuhoc", "--seed", "7");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Dữ liệu mẫu", "25 lớp", DemoAccounts.PASSWORD);
        CliRun teacher = run(env("SOTRUONG_PASSWORD", DemoAccounts.PASSWORD), "--data", data(), "--user",
                DemoAccounts.SUBJECT_TEACHER_TIEU_HOC, "class", "add", "--grade", "5", "--name", "5Z");
        assertThat(teacher.exit()).isEqualTo(3);
        assertThat(teacher.err()).contains("không có quyền");
        CliRun admin = run(env("SOTRUONG_PASSWORD", DemoAccounts.PASSWORD), "--data", data(), "--user",
                DemoAccounts.ADMIN, "class", "add", "--grade", "5", "--name", "5Z");
        assertThat(admin.exit()).as(admin.err()).isZero();
    }

    @Test
    void demo_create_on_a_store_that_has_a_school_is_refused() {
        initSchool();
        int accounts = accountCount();
        CliRun r = run(env(), "--data", data(), "demo", "create");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("Kho dữ liệu đã có dữ liệu của một trường.");
        assertThat(accountCount()).isEqualTo(accounts);
        boolean demo = inStore(s -> s.setup().school().demo());
        assertThat(demo).isFalse();
    }

    @Test
    void a_store_in_use_by_another_session_is_refused() {
        initSchool();
        try (Store held = Store.open(dir.resolve("store"))) {
            CliRun r = asAdmin("class", "add", "--grade", "6", "--name", "6A");
            assertThat(r.exit()).isEqualTo(3);
            assertThat(r.err()).contains("đang được một phiên Sổ Trường khác sử dụng");
            assertThat(held.services().setup().isEmpty()).isFalse();
        }
        assertThat(classCount()).isZero();
    }

    @Test
    void an_unknown_command_is_a_usage_error() {
        CliRun r = run(env(), "--data", data(), "frobnicate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Không hiểu lệnh hoặc tùy chọn: frobnicate", "--help");
        CliRun missing = run(env(), "--data", data(), "class", "add", "--grade", "6");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("Thiếu tùy chọn bắt buộc: --name");
        CliRun level = run(env(), "--data", data(), "demo", "create", "--level", "mamnon");
        assertThat(level.exit()).isEqualTo(2);
        CliRun group = run(env(), "--data", data(), "user");
        assertThat(group.exit()).isEqualTo(2);
        assertThat(group.err()).contains("sotruong user");
    }

    @Test
    void a_missing_password_without_a_console_is_a_usage_error_and_nothing_is_opened() {
        CliRun r = run(env(), "--data", data(), "--user", "quantri", "class", "add", "--grade", "6", "--name", "6A");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("SOTRUONG_PASSWORD");
        assertThat(dir.resolve("store")).doesNotExist();
        CliRun init = run(env(), "--data", data(), "school", "init", "--name", "A", "--level", "thcs",
                "--year", "2026-2027", "--admin", "quantri");
        assertThat(init.exit()).isEqualTo(2);
        CliRun noNew = run(env("SOTRUONG_PASSWORD", ADMIN_PASSWORD), "--data", data(), "--user", "quantri",
                "user", "passwd");
        assertThat(noNew.exit()).isEqualTo(2);
        assertThat(noNew.err()).contains("SOTRUONG_NEW_PASSWORD");
    }

    @Test
    void a_command_that_needs_a_user_says_so() {
        initSchool();
        CliRun r = run(env("SOTRUONG_PASSWORD", ADMIN_PASSWORD), "--data", data(), "class", "add", "--grade", "6",
                "--name", "6A");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--user");
    }
}
