package vn.sotruong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.data.store.Store;

/** {@code sotruong pupils import} and {@code pupils template} against a real store and real xlsx files. */
class PupilsCliTest {
    private static final String PASSWORD = "QuanTri#2026";
    private static final List<String> HEADERS = List.of("Mã học sinh", "Họ và tên", "Ngày sinh", "Giới tính");

    @TempDir
    Path dir;

    private CliRun run(Map<String, String> env, String... args) {
        return CliRun.of(env, args);
    }

    private CliRun asAdmin(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", dir.resolve("store").toString(), "--user", "quantri"));
        all.addAll(List.of(args));
        return run(Map.of("SOTRUONG_PASSWORD", PASSWORD), all.toArray(String[]::new));
    }

    @BeforeEach
    void schoolWithClass7A() {
        CliRun init = run(Map.of("SOTRUONG_PASSWORD", PASSWORD), "--data", dir.resolve("store").toString(), "school",
                "init", "--name", "Trường THCS Chu Văn An", "--level", "thcs", "--year", "2026-2027", "--admin",
                "quantri");
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(asAdmin("class", "add", "--grade", "7", "--name", "7A").exit()).isZero();
    }

    private Path workbook(String name, List<List<String>> rows) throws IOException {
        return TextWorkbooks.write(dir.resolve(name), "HOCSINH", rows);
    }

    private int pupilCount() {
        try (Store s = Store.open(dir.resolve("store"))) {
            return s.services().pupils().count();
        }
    }

    @Test
    void a_good_file_is_imported_with_exit_0() throws IOException {
        Path f = workbook("7a.xlsx", List.of(HEADERS, List.of("HS001", "Nguyễn Thị Ánh", "12/03/2013", "Nữ"),
                List.of("HS002", "Lê Văn Bảo", "01/12/2013", "Nam")));

        CliRun r = asAdmin("pupils", "import", "--class", "7a", "--file", f.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Đã nhập 2 học sinh vào lớp 7A");
        assertThat(pupilCount()).isEqualTo(2);
    }

    @Test
    void a_bad_file_is_refused_with_exit_3_a_report_and_nothing_imported() throws IOException {
        Path f = workbook("7a.xlsx", List.of(List.of("Mã học sinh", "Họ và tên", "Ngày sinh", "Giới tính", "Lớp cũ"),
                List.of("HS001", "Nguyễn Thị Ánh", "12/03/2013", "Nữ", "6A"),
                List.of("HS002", "Lê Văn Bảo", "31/02/2013", "Trai", "6B")));

        CliRun r = asAdmin("pupils", "import", "--class", "7A", "--file", f.toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("Cảnh báo — HOCSINH, dòng 1, cột “Lớp cũ”",
                "HOCSINH, dòng 3, cột “Ngày sinh”: Ngày “31/02/2013” không hợp lệ",
                "HOCSINH, dòng 3, cột “Giới tính”", "Không nhập học sinh nào: tệp có 2 lỗi.");
        assertThat(r.out()).isEmpty();
        assertThat(pupilCount()).isZero();

        CliRun en = run(Map.of("SOTRUONG_PASSWORD", PASSWORD, "SOTRUONG_LANG", "en"), "--data",
                dir.resolve("store").toString(), "--user", "quantri", "pupils", "import", "--class", "7A", "--file",
                f.toString());
        assertThat(en.exit()).isEqualTo(3);
        assertThat(en.err()).contains("HOCSINH, row 3, column “Ngày sinh”: Date “31/02/2013” is not valid");
    }

    @Test
    void a_missing_file_or_class_is_not_a_success() {
        assertThat(asAdmin("pupils", "import", "--class", "7A", "--file", dir.resolve("none.xlsx").toString()).exit())
                .isEqualTo(2);
        CliRun noClass = asAdmin("pupils", "import", "--class", "9Z", "--file", dir.toString() + "/x.xlsx");
        assertThat(noClass.exit()).isEqualTo(2);
    }

    @Test
    void an_unknown_class_is_refused_with_exit_3() throws IOException {
        Path f = workbook("x.xlsx", List.of(HEADERS, List.of("HS001", "Nguyễn Thị Ánh", "12/03/2013", "Nữ")));
        CliRun r = asAdmin("pupils", "import", "--class", "9Z", "--file", f.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(pupilCount()).isZero();
    }

    @Test
    void the_template_has_the_hocsinh_headers_and_imports_as_nothing() throws IOException {
        Path out = dir.resolve("mau-danh-sach.xlsx");

        CliRun r = run(Map.of(), "pupils", "template", "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(out.toString());
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Row header = wb.getSheet("HOCSINH").getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            assertThat(names).containsExactly("Mã học sinh", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc",
                    "Nơi sinh", "Địa chỉ thường trú", "Con gia đình chính sách", "Họ tên cha", "Họ tên mẹ",
                    "Người giám hộ", "Điện thoại");
            assertThat(header.getCell(0).getCellComment().getString().getString()).contains("Bắt buộc");
        }
        CliRun empty = asAdmin("pupils", "import", "--class", "7A", "--file", out.toString());
        assertThat(empty.exit()).isEqualTo(3);
        assertThat(empty.err()).contains("không có học sinh nào");
    }
}
