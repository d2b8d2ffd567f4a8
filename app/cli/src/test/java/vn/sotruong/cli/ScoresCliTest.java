package vn.sotruong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.store.Store;

/** {@code scores import}, {@code scores template}, {@code results export} and {@code results approve} on a real store. */
class ScoresCliTest {
    @TempDir
    Path dir;
    private CliSchool school;

    @BeforeEach
    void class7AWithTwoPupils() throws IOException {
        school = CliSchool.init(dir, "thcs").classWithPupils(7, "7A",
                List.of(new String[] {"HS001", "Lê Văn An"}, new String[] {"HS002", "Trần Thị Bình"}));
    }

    private Path workbook(String name, Map<String, List<List<Object>>> sheets) throws IOException {
        return CliSchool.write(dir.resolve(name), sheets);
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }

    private <T> T inStore(java.util.function.BiFunction<CoreServices, Actor, T> read) {
        try (Store s = Store.open(dir.resolve("store"))) {
            Actor admin = s.services().auth().login(CliSchool.ADMIN, CliSchool.ADMIN_PASSWORD.toCharArray(), "test")
                    .actor();
            return read.apply(s.services(), admin);
        }
    }

    private long class7A(CoreServices s, Actor admin) {
        return s.organisation().classes(admin, s.years().currentYear().orElseThrow().id()).getFirst().id();
    }

    private int toanCells() {
        return inStore((s, admin) -> s.gradebook().sheet(admin, class7A(s, admin), SheetRef.subject("TOAN")).rows()
                .stream().mapToInt(r -> r.cells().size()).sum());
    }

    private Path badFile() throws IOException {
        return workbook("bad.xlsx", Map.of("TOAN", List.of(row("Mã học sinh", "HK1 TX1", "HK1 TX2", "Ghi chú"),
                row("HS001", "11", 7, "x"), row("HS009", 8, 8))));
    }

    @Test
    void a_good_file_is_imported_with_exit_0_and_the_count_of_cells() throws IOException {
        Path f = workbook("7a.xlsx", Map.of("TOAN", List.of(row("Mã học sinh", "HK1 TX1", "HK1 TX2"),
                row("HS001", "7,5", 8), row("HS002", null, 9))));

        CliRun r = school.asAdmin("scores", "import", "--class", "7a", "--file", f.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Đã nhập sổ điểm lớp 7A: 3 ô thay đổi trên 1 trang tính.");
        assertThat(toanCells()).isEqualTo(3);
        CliRun again = school.asAdmin("scores", "import", "--class", "7A", "--file", f.toString());
        assertThat(again.out()).contains("0 ô thay đổi");
    }

    @Test
    void a_bad_file_is_refused_with_exit_3_a_cell_by_cell_report_and_nothing_stored() throws IOException {
        CliRun r = school.asAdmin("scores", "import", "--class", "7A", "--file", badFile().toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Cảnh báo — TOAN, dòng 1, cột “Ghi chú”: Cột không dùng đến, bỏ qua.",
                "Lỗi — TOAN, dòng 3, cột “Mã học sinh” (“HS009”): Học sinh mã HS009 không có trong lớp 7A.",
                "Không nhập gì: tệp có 1 lỗi.");
        assertThat(toanCells()).isZero();

        Path onlyValues = workbook("bad2.xlsx", Map.of("TOAN", List.of(row("Mã học sinh", "HK1 TX1", "HK1 TX2"),
                row("HS001", "11", "7,25"), row("HS002", 8, 8))));
        CliRun values = school.asAdmin("scores", "import", "--class", "7A", "--file", onlyValues.toString());
        assertThat(values.exit()).isEqualTo(3);
        assertThat(values.err()).contains("Lỗi — TOAN, dòng 2, cột “HK1 TX1” (“11”): Điểm phải từ 0 đến 10.",
                "Lỗi — TOAN, dòng 2, cột “HK1 TX2” (“7,25”): Điểm chỉ lấy một chữ số thập phân.",
                "Không nhập gì: tệp có 2 lỗi.");
        assertThat(toanCells()).isZero();

        CliRun en = school.asIn(Map.of("SOTRUONG_LANG", "en"), CliSchool.ADMIN, CliSchool.ADMIN_PASSWORD, "scores",
                "import", "--class", "7A", "--file", onlyValues.toString());
        assertThat(en.exit()).isEqualTo(3);
        assertThat(en.err()).contains("Error — TOAN, row 2, column “HK1 TX1” (“11”)", "Nothing imported: the file has 2 errors.");
    }

    @Test
    void a_subject_teacher_imports_their_own_subject_and_is_refused_the_others_by_sheet() throws IOException {
        school.person("gv.toan", "Phạm Văn Toán", "gvbm");
        inStore((s, admin) -> {
            long year = s.years().currentYear().orElseThrow().id();
            long toan = s.years().subjects(year).stream().filter(x -> x.code().equals("TOAN")).findFirst().orElseThrow()
                    .id();
            long staff = s.accounts().findByLogin(admin, "gv.toan").orElseThrow().staffId();
            s.organisation().assign(admin, year, class7A(s, admin), toan, staff);
            return null;
        });
        Path both = workbook("both.xlsx", Map.of("TOAN", List.of(row("Mã học sinh", "HK1 TX1"), row("HS001", 8)),
                "NGUVAN", List.of(row("Mã học sinh", "HK1 TX1"), row("HS001", 8))));
        Path own = workbook("own.xlsx", Map.of("TOAN", List.of(row("Mã học sinh", "HK1 TX1"), row("HS001", 8))));

        CliRun refused = school.as("gv.toan", CliSchool.PASSWORD, "scores", "import", "--class", "7A", "--file",
                both.toString());
        CliRun done = school.as("gv.toan", CliSchool.PASSWORD, "scores", "import", "--class", "7A", "--file",
                own.toString());

        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).contains("Lỗi — NGUVAN: Bạn không được phân công nhập NGUVAN của lớp 7A.")
                .doesNotContain("Lỗi — TOAN");
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(toanCells()).isEqualTo(1);
    }

    @Test
    void the_template_has_the_class_list_and_the_filled_one_imports_again_unchanged() throws IOException {
        Path blank = dir.resolve("mau-7a.xlsx");
        CliRun t = school.asAdmin("scores", "template", "--class", "7A", "--out", blank.toString());
        assertThat(t.exit()).as(t.err()).isZero();
        assertThat(t.out()).contains("Đã ghi mẫu sổ điểm lớp 7A (16 trang tính)", blank.toString());
        try (Workbook wb = WorkbookFactory.create(blank.toFile())) {
            assertThat(wb.getSheet("TOAN").getRow(2).getCell(1).getStringCellValue()).isEqualTo("Trần Thị Bình");
            assertThat(wb.getSheet("RENLUYEN").getRow(0).getCell(2).getStringCellValue()).isEqualTo("HK1");
        }
        Path t1 = workbook("t1.xlsx", RulesExamplesEndToEndTest.t1().book().sheets());
        assertThat(school.asAdmin("scores", "import", "--class", "7A", "--file", t1.toString()).exit()).isZero();

        Path filled = dir.resolve("so-diem-7a.xlsx");
        CliRun f = school.asAdmin("scores", "template", "--class", "7A", "--out", filled.toString(), "--filled");
        assertThat(f.exit()).as(f.err()).isZero();
        CliRun again = school.asAdmin("scores", "import", "--class", "7A", "--file", filled.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains(": 0 ô thay đổi trên 1 trang tính.");
        assertThat(toanCells()).isEqualTo(6);
    }

    @Test
    void the_principal_approves_only_when_every_entry_is_there() throws IOException {
        school.person("hieutruong", "Nguyễn Thị Hạnh", "hieu-truong");
        Map<String, List<List<Object>>> year = RulesExamplesEndToEndTest.t7().book().sheets();

        CliRun missing = school.as("hieutruong", CliSchool.PASSWORD, "results", "approve", "--class", "7A", "--term", "1");
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).contains("Lớp 7A còn", "chưa thể duyệt");
        assertThat(school.asAdmin("results", "approve", "--class", "7A", "--term", "year").exit()).isEqualTo(3);
        assertThat(school.as("hieutruong", CliSchool.PASSWORD, "results", "approve", "--class", "7A", "--term", "3")
                .exit()).isEqualTo(2);

        // both pupils get Student A's year
        year.values().forEach(rows -> rows.add(new ArrayList<>(rows.get(1))));
        year.values().forEach(rows -> rows.get(2).set(0, "HS002"));
        CliRun imported = school.asAdmin("scores", "import", "--class", "7A", "--file",
                workbook("ca-nam.xlsx", year).toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        CliRun approved = school.as("hieutruong", CliSchool.PASSWORD, "results", "approve", "--class", "7A", "--term",
                "year");
        assertThat(approved.exit()).as(approved.err()).isZero();
        assertThat(approved.out()).contains("Đã duyệt kết quả cả năm của lớp 7A");
        int approvals = inStore((s, admin) -> s.results().approvals(admin, class7A(s, admin)).size());
        assertThat(approvals).isEqualTo(1);
    }

    @Test
    void mistakes_in_the_call_are_exit_2_and_an_unknown_class_exit_3() throws IOException {
        assertThat(school.asAdmin("scores", "import", "--class", "7A", "--file", dir.resolve("none.xlsx").toString())
                .exit()).isEqualTo(2);
        assertThat(school.asAdmin("results", "export", "--class", "7A", "--out", dir.resolve("no/ketqua.xlsx")
                .toString()).exit()).isEqualTo(2);
        assertThat(school.asAdmin("scores", "template", "--class", "7A").exit()).isEqualTo(2);
        assertThat(school.asAdmin("scores").exit()).isEqualTo(2);
        CliRun unknown = school.asAdmin("results", "export", "--class", "9Z", "--out", dir.resolve("k.xlsx").toString());
        assertThat(unknown.exit()).isEqualTo(3);
        assertThat(dir.resolve("k.xlsx")).doesNotExist();
    }

    @Test
    void the_help_describes_the_new_commands_in_both_languages() throws IOException {
        CliRun vi = CliRun.of(Map.of(), "scores", "import", "--help");
        assertThat(vi.out()).contains("Ô trống giữ nguyên", "--class=7A", "Tên lớp, ví dụ 7A.", "Tệp Excel (.xlsx) của lớp.",
                "Năm học (mặc định: năm học đang mở).");
        assertThat(CliRun.of(Map.of(), "pupils", "import", "--help").out()).contains("Tên lớp, ví dụ 7A.",
                "Năm học (mặc định");
        CliRun en = CliRun.of(Map.of("SOTRUONG_LANG", "en"), "results", "approve", "--help");
        assertThat(en.out()).contains("The principal approves", "--term", "Term: 1, 2 or year.", "Class name, e.g. 7A.");
        assertThat(keys("cli_en.properties")).containsExactlyInAnyOrderElementsOf(keys("cli.properties"));
    }

    private static java.util.Set<String> keys(String bundle) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ScoresCliTest.class.getResourceAsStream("/vn/sotruong/cli/" + bundle)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}
