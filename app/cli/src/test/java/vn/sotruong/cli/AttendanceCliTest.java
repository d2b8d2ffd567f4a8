package vn.sotruong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.data.store.Store;

/** {@code sotruong attendance import} against a real store and real xlsx files. */
class AttendanceCliTest {
    private static final String PASSWORD = "QuanTri#2026";
    private static final String TEACHER_PASSWORD = "GiaoVien#2026";
    private static final List<String> HEADERS = List.of("Ngày", "Buổi", "Mã học sinh", "Loại");

    @TempDir
    Path dir;

    private String data() {
        return dir.resolve("store").toString();
    }

    private CliRun as(String user, String password, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data(), "--user", user));
        all.addAll(List.of(args));
        return CliRun.of(Map.of("SOTRUONG_PASSWORD", password), all.toArray(String[]::new));
    }

    private CliRun asAdmin(String... args) {
        return as("quantri", PASSWORD, args);
    }

    /** School, classes 7A (homeroom lan.pt) and 7B through the command line; two pupils in 7A and one in 7B. */
    @BeforeEach
    void school() {
        CliRun init = CliRun.of(Map.of("SOTRUONG_PASSWORD", PASSWORD), "--data", data(), "school", "init", "--name",
                "Trường THCS Chu Văn An", "--level", "thcs", "--year", "2026-2027", "--admin", "quantri");
        assertThat(init.exit()).as(init.err()).isZero();
        CliRun add = CliRun.of(Map.of("SOTRUONG_PASSWORD", PASSWORD, "SOTRUONG_NEW_PASSWORD", "TamThoi#2026"),
                "--data", data(), "--user", "quantri", "user", "add", "--login", "lan.pt", "--name", "Phạm Thị Lan",
                "--roles", "gvcn");
        assertThat(add.exit()).as(add.err()).isZero();
        CliRun passwd = CliRun.of(Map.of("SOTRUONG_PASSWORD", "TamThoi#2026", "SOTRUONG_NEW_PASSWORD",
                TEACHER_PASSWORD), "--data", data(), "--user", "lan.pt", "user", "passwd");
        assertThat(passwd.exit()).as(passwd.err()).isZero();
        assertThat(asAdmin("class", "add", "--grade", "7", "--name", "7A", "--homeroom", "lan.pt").exit()).isZero();
        assertThat(asAdmin("class", "add", "--grade", "7", "--name", "7B").exit()).isZero();
        // admitted on the year's first day through the service, so the test does not hang on today's date
        try (Store store = Store.open(dir.resolve("store"))) {
            var s = store.services();
            var admin = s.auth().login("quantri", PASSWORD.toCharArray(), "test").actor();
            admit(s, admin, "7A", "HS001", "Nguyễn Thị Ánh");
            admit(s, admin, "7A", "HS002", "Lê Văn Bảo");
            admit(s, admin, "7B", "HS003", "Trần Minh Châu");
        }
    }

    private static void admit(vn.sotruong.core.app.CoreServices s, vn.sotruong.core.security.Actor admin,
                              String className, String code, String name) {
        long classId = s.organisation().classes(admin, s.years().currentYear().orElseThrow().id()).stream()
                .filter(c -> c.name().equals(className)).findFirst().orElseThrow().id();
        s.pupils().admit(admin, classId, new vn.sotruong.core.pupil.Pupil(0, code, name, LocalDate.of(2013, 3, 12),
                vn.sotruong.core.pupil.Gender.NU, null, "Kinh", null, false, null, null, null, null, null, null),
                LocalDate.of(2026, 9, 7), null);
    }


    @SafeVarargs
    private Path attendance(List<String>... rows) throws IOException {
        List<List<String>> all = new ArrayList<>();
        all.add(HEADERS);
        all.addAll(List.of(rows));
        return TextWorkbooks.write(dir.resolve("diemdanh.xlsx"), "DIEMDANH", all);
    }

    private List<AttendanceMark> marks7a() {
        try (Store s = Store.open(dir.resolve("store"))) {
            var admin = s.services().auth().login("quantri", PASSWORD.toCharArray(), "test").actor();
            SchoolClass c = s.services().organisation().classes(admin, s.services().years().currentYear()
                    .orElseThrow().id()).stream().filter(k -> k.name().equals("7A")).findFirst().orElseThrow();
            return s.services().stores().attendance().marks(c.id(), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 1));
        }
    }

    @Test
    void the_homeroom_teacher_imports_the_class_attendance_with_exit_0() throws IOException {
        Path f = attendance(List.of("05/10/2026", "Sáng", "HS001", "P"), List.of("06/10/2026", "Sáng", "HS002", "K"),
                List.of("06/10/2026", "Sáng", "HS001", "M"));

        CliRun r = as("lan.pt", TEACHER_PASSWORD, "attendance", "import", "--class", "7a", "--file", f.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Đã nhập 3 dòng điểm danh (2 ngày/buổi) cho lớp 7A.");
        assertThat(marks7a()).hasSize(3);
    }

    @Test
    void a_bad_file_is_refused_with_exit_3_a_report_by_row_and_nothing_imported() throws IOException {
        Path f = attendance(List.of("05/10/2026", "Sáng", "HS001", "P"),
                List.of("31/02/2027", "Sáng", "HS001", "P"),
                List.of("10/10/2026", "Sáng", "HS002", "K"),
                List.of("06/10/2026", "Sáng", "HS003", "K"),
                List.of("07/10/2026", "Sáng", "HS002", "X"));

        CliRun r = asAdmin("attendance", "import", "--class", "7A", "--file", f.toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("DIEMDANH, dòng 3, cột “Ngày”: Ngày “31/02/2027” không hợp lệ",
                "DIEMDANH, dòng 4, cột “Ngày”: Ngày 10/10/2026 không phải ngày học",
                "DIEMDANH, dòng 5, cột “Mã học sinh”: Học sinh HS003 không thuộc lớp này.",
                "DIEMDANH, dòng 6, cột “Loại”: Loại “X” không hợp lệ", "Không nhập điểm danh: tệp có 4 lỗi.");
        assertThat(r.out()).isEmpty();
        assertThat(marks7a()).isEmpty();

        CliRun en = CliRun.of(Map.of("SOTRUONG_PASSWORD", PASSWORD, "SOTRUONG_LANG", "en"), "--data", data(),
                "--user", "quantri", "attendance", "import", "--class", "7A", "--file", f.toString());
        assertThat(en.exit()).isEqualTo(3);
        assertThat(en.err()).contains("DIEMDANH, row 4, column “Ngày”: The date 10/10/2026 is not a school day",
                "No attendance imported: the file has 4 errors.");
    }

    @Test
    void another_class_s_teacher_a_missing_file_and_an_unknown_class_are_not_a_success() throws IOException {
        Path f = attendance(List.of("05/10/2026", "Sáng", "HS003", "P"));
        CliRun notHers = as("lan.pt", TEACHER_PASSWORD, "attendance", "import", "--class", "7B", "--file", f.toString());
        assertThat(notHers.exit()).isEqualTo(3);
        assertThat(as("lan.pt", TEACHER_PASSWORD, "attendance", "import", "--class", "9Z", "--file", f.toString())
                .exit()).isEqualTo(3);
        assertThat(asAdmin("attendance", "import", "--class", "7A", "--file", dir.resolve("none.xlsx").toString())
                .exit()).isEqualTo(2);
        assertThat(asAdmin("attendance").exit()).isEqualTo(2);
        assertThat(marks7a()).isEmpty();
    }
}
