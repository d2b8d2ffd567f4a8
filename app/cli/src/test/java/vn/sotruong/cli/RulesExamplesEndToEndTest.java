package vn.sotruong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sotruong.data.gradebook.GradebookFixture;

/**
 * Issue 4's "done when": every worked example of RULES.md §8 again end to end — a school built through the
 * command line, the example's entries in a workbook written with POI, {@code scores import}, {@code results
 * export}, and sheet KETQUA read back with POI holding exactly the example's results.
 */
class RulesExamplesEndToEndTest {
    private static final String COMMENT = "Đ;Đ/Đ/Đ";
    private static final List<String> COMMENT_SUBJECTS = List.of("GDTC", "AMNHAC", "MITHUAT", "HDTN", "GDDP");
    private static final List<String> GRADE4 = List.of("TIENGVIET", "TOAN", "NGOAINGU1", "DAODUC", "LSDL", "KHOAHOC",
            "TINHOCCN", "GDTC", "AMNHAC", "MITHUAT", "HDTN");
    private static final List<String> QUALITIES = List.of("YEUNUOC", "NHANAI", "CHAMCHI", "TRUNGTHUC", "TRACHNHIEM",
            "TUCHU", "GIAOTIEP", "GQVD", "NGONNGU", "TINHTOAN", "KHOAHOC", "CONGNGHE", "TINHOC", "THAMMI", "THECHAT");

    @TempDir
    Path dir;

    /** One example: the school level and grade, its pupils, its workbook and, per pupil, KETQUA header → text. */
    record Example(String name, String level, int grade, List<String[]> pupils, ScoresBook book,
                   Map<String, Map<String, String>> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Example> examples() {
        return Stream.of(t1(), t3(), t6(), t7(), t8(), p(1), p(2));
    }

    private static List<String[]> pupils(int n) {
        String[] names = {"Lê Văn An", "Trần Thị Bình", "Nguyễn Minh Chi"};
        List<String[]> p = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            p.add(new String[] {"HS00" + (i + 1), names[i]});
        }
        return p;
    }

    private static Map<String, String> expect(String... headerValue) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < headerValue.length; i += 2) {
            m.put(headerValue[i], headerValue[i + 1]);
        }
        return m;
    }

    /** T1: Toán, 4 ĐĐGtx, HK I → 7,7; nothing else entered, so the year cannot be decided. */
    static Example t1() {
        ScoresBook b = new ScoresBook().put("TOAN", "HS001", ScoresBook.terms("8;7;9;6,5/7,5/8,0", null, false));
        return new Example("T1 ĐTBmhk Toán 4 ĐĐGtx = 7,7", "thcs", 7, pupils(1), b, Map.of("HS001", expect(
                "TOAN HK1", "7.7", "TOAN HK2", "", "TOAN CN", "", "KQHT HK1", "", "Kết quả", "Chưa đủ kết quả",
                "Danh hiệu", "")));
    }

    /** T3: GDCD, 2 ĐĐGtx, HK I → 6,9. */
    static Example t3() {
        ScoresBook b = new ScoresBook().put("GDCD", "HS001", ScoresBook.terms("7;8/6,0/7,0", null, true));
        return new Example("T3 ĐTBmhk GDCD 2 ĐĐGtx = 6,9", "thcs", 7, pupils(1), b,
                Map.of("HS001", expect("GDCD HK1", "6.9", "GDCD HK2", "")));
    }

    /** T6: Âm nhạc by comment — HK II with a CĐ; the reverse case; a missing 4th assessment in HK II. */
    static Example t6() {
        ScoresBook b = new ScoresBook()
                .put("AMNHAC", "HS001", ScoresBook.terms(COMMENT, "Đ;CĐ/Đ/Đ", false))
                .put("AMNHAC", "HS002", ScoresBook.terms("CĐ;Đ/Đ/Đ", COMMENT, false))
                .put("AMNHAC", "HS003", ScoresBook.terms(COMMENT, "Đ;Đ/Đ/", false));
        return new Example("T6 môn đánh giá bằng nhận xét", "thcs", 7, pupils(3), b, Map.of(
                "HS001", expect("AMNHAC HK1", "Đ", "AMNHAC HK2", "CĐ", "AMNHAC CN", "CĐ"),
                "HS002", expect("AMNHAC HK1", "CĐ", "AMNHAC HK2", "Đ", "AMNHAC CN", "Đ"),
                "HS003", expect("AMNHAC HK1", "Đ", "AMNHAC HK2", "CĐ", "AMNHAC CN", "CĐ")));
    }

    /** RULES.md T7, Student A, the same table the data module's gradebook tests enter through the service. */
    private static Map<String, String[]> studentA() {
        return GradebookFixture.t7();
    }

    /** A whole year of one pupil: scored subjects alternately as numbers and as typed text, comments all Đ. */
    private static ScoresBook year(Map<String, String[]> subjects, String conduct1, String conduct2) {
        ScoresBook b = new ScoresBook();
        int i = 0;
        for (Map.Entry<String, String[]> e : subjects.entrySet()) {
            b.put(e.getKey(), "HS001", ScoresBook.terms(e.getValue()[0], e.getValue()[1], i++ % 2 == 0));
        }
        COMMENT_SUBJECTS.forEach(c -> b.put(c, "HS001", ScoresBook.terms(COMMENT, COMMENT, false)));
        Map<String, Object> conduct = new LinkedHashMap<>();
        conduct.put("Họ và tên", "Lê Văn An");
        conduct.put("HK1", conduct1);
        conduct.put("HK2", conduct2);
        return b.put("RENLUYEN", "HS001", conduct);
    }

    private static Map<String, String> commentsAllDat(Map<String, String> m) {
        COMMENT_SUBJECTS.forEach(c -> {
            m.put(c + " HK1", "Đ");
            m.put(c + " HK2", "Đ");
            m.put(c + " CN", "Đ");
        });
        return m;
    }

    /** T7: Student A → Tốt, conduct Khá then Tốt → Tốt, lên lớp, Học sinh Xuất sắc (6 subjects ≥ 9,0). */
    static Example t7() {
        Map<String, String> e = expect(
                "NGUVAN HK1", "8.3", "NGUVAN HK2", "8.8", "NGUVAN CN", "8.6",
                "TOAN HK1", "9.3", "TOAN HK2", "9.4", "TOAN CN", "9.4",
                "NGOAINGU1 HK1", "9.1", "NGOAINGU1 HK2", "9.3", "NGOAINGU1 CN", "9.2",
                "GDCD HK1", "9.4", "GDCD HK2", "9.1", "GDCD CN", "9.2",
                "LSDL HK1", "8.7", "LSDL HK2", "9.1", "LSDL CN", "9.0",
                "KHTN HK1", "9.1", "KHTN HK2", "9.3", "KHTN CN", "9.2",
                "CONGNGHE HK1", "8.3", "CONGNGHE HK2", "8.5", "CONGNGHE CN", "8.4",
                "TINHOC HK1", "9.3", "TINHOC HK2", "9.6", "TINHOC CN", "9.5",
                "KQHT HK1", "Tốt", "KQHT HK2", "Tốt", "KQHT CN", "Tốt",
                "KQRL HK1", "Khá", "KQRL HK2", "Tốt", "KQRL CN", "Tốt",
                "KQHT sau đánh giá lại", "", "KQRL sau rèn luyện hè", "",
                "Nghỉ có phép", "0", "Nghỉ không phép", "0",
                "Kết quả", "Được lên lớp", "Danh hiệu", "Học sinh Xuất sắc");
        return new Example("T7 học sinh A: Tốt, Học sinh Xuất sắc", "thcs", 7, pupils(1),
                year(studentA(), "Khá", "Tốt"), Map.of("HS001", commentsAllDat(e)));
    }

    /** T8: Student B = A but Tin học HK II 8,5 → ĐTBmcn 8,8; 5 subjects ≥ 9,0 → Học sinh Giỏi. */
    static Example t8() {
        Map<String, String[]> b = studentA();
        b.put("TINHOC", new String[] {"9;10/9,5/9,0", "9;8/8,5/8,5"});
        return new Example("T8 học sinh B: Học sinh Giỏi", "thcs", 7, pupils(1), year(b, "Tốt", "Tốt"), Map.of(
                "HS001", expect("TINHOC HK1", "9.3", "TINHOC HK2", "8.5", "TINHOC CN", "8.8", "KQHT CN", "Tốt",
                        "KQRL CN", "Tốt", "Kết quả", "Được lên lớp", "Danh hiệu", "Học sinh Giỏi")));
    }

    /** P1 (grade 4, all T, tests ≥ 9) → Hoàn thành xuất sắc; P2 = P1 with Toán 8 → Hoàn thành tốt. */
    static Example p(int which) {
        Map<String, Integer> tests = new HashMap<>(Map.of("TIENGVIET", 9, "TOAN", which == 1 ? 10 : 8,
                "NGOAINGU1", 9, "LSDL", 9, "KHOAHOC", 10, "TINHOCCN", 9));
        ScoresBook b = new ScoresBook();
        for (String x : GRADE4) {
            Map<String, Object> cells = new LinkedHashMap<>();
            cells.put("CN Mức", "T");
            if (tests.containsKey(x)) {
                cells.put("CN Điểm", tests.get(x));
            }
            b.put(x, "HS001", cells);
        }
        Map<String, Object> pcnl = new LinkedHashMap<>();
        QUALITIES.forEach(q -> pcnl.put(q + " CN", "T"));
        b.put("PCNL", "HS001", pcnl);
        Map<String, String> e = which == 1
                ? expect("TOAN CN Điểm", "10", "Đánh giá", "Hoàn thành xuất sắc", "Khen thưởng", "Học sinh Xuất sắc")
                : expect("TOAN CN Điểm", "8", "Đánh giá", "Hoàn thành tốt", "Khen thưởng", "");
        e.putAll(expect("TIENGVIET CN Mức", "T", "TIENGVIET CN Điểm", "9", "HDTN CN Mức", "T", "THECHAT CN", "T",
                "Hoàn thành chương trình lớp học", "Có"));
        return new Example(which == 1 ? "P1 lớp 4: Hoàn thành xuất sắc" : "P2 lớp 4: Hoàn thành tốt", "tieuhoc", 4,
                pupils(1), b, Map.of("HS001", e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theWorkedExampleComesOutOfResultsExportAsRulesMdSays(Example ex) throws IOException {
        String className = ex.grade() + "A";
        CliSchool school = CliSchool.init(dir, ex.level()).classWithPupils(ex.grade(), className, ex.pupils());
        Path scores = CliSchool.write(dir.resolve("diem-" + className + ".xlsx"), ex.book().sheets());
        Path out = dir.resolve("ketqua-" + className + ".xlsx");

        CliRun imported = school.asAdmin("scores", "import", "--class", className, "--file", scores.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.err()).isEmpty();
        assertThat(imported.out()).contains("Đã nhập sổ điểm lớp " + className);
        CliRun exported = school.asAdmin("results", "export", "--class", className, "--out", out.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.out()).contains(out.toString());

        Map<String, Map<String, Cell>> ketqua = readKetQua(out);
        assertThat(ketqua.keySet()).containsExactlyElementsOf(ex.pupils().stream().map(p -> p[0]).toList());
        ex.expected().forEach((code, values) -> values.forEach((header, text) -> {
            Map<String, Cell> row = ketqua.get(code);
            assertThat(row).as("KETQUA has column %s", header).containsKey(header);
            Cell cell = row.get(header);
            assertThat(cell == null ? "" : new DataFormatter(Locale.ROOT).formatCellValue(cell))
                    .as("%s %s", code, header).isEqualTo(text);
            if (text.matches("[0-9]+(\\.[0-9])?")) {
                assertThat(cell.getCellType()).as("%s %s is a number", code, header).isEqualTo(CellType.NUMERIC);
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(text.contains(".") ? "0.0" : "0");
            }
        }));
    }

    /** KETQUA as pupil code → header → cell. */
    private static Map<String, Map<String, Cell>> readKetQua(Path file) throws IOException {
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = wb.getSheet("KETQUA");
            Row header = sheet.getRow(0);
            Map<String, Map<String, Cell>> rows = new LinkedHashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Map<String, Cell> cells = new HashMap<>();
                for (Cell h : header) {
                    cells.put(h.getStringCellValue(), sheet.getRow(r).getCell(h.getColumnIndex()));
                }
                rows.put(sheet.getRow(r).getCell(0).getStringCellValue(), cells);
            }
            return rows;
        }
    }
}
