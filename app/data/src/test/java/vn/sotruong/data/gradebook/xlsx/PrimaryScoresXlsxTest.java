package vn.sotruong.data.gradebook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sotruong.data.gradebook.xlsx.ScoresXlsxImportTest.row;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.school.School;
import vn.sotruong.core.school.SchoolInit;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.pupil.Workbooks;
import vn.sotruong.data.store.Store;
import vn.sotruong.data.support.MutableClock;
import vn.sotruong.data.support.Schools;

/** The tiểu học workbook (Circular 27): levels, whole-number test scores, PCNL, DANHGIABOSUNG, KETQUA. */
class PrimaryScoresXlsxTest {
    @TempDir
    Path dir;
    private Store store;
    private CoreServices s;
    private Actor admin;
    private long c4a;

    @BeforeEach
    void primarySchoolWithClass4A() {
        store = Store.open(dir.resolve("store"), new MutableClock(Instant.parse("2026-11-23T01:00:00Z")));
        s = store.services();
        s.setup().initialise(new SchoolInit(new School("Trường Tiểu học Kim Đồng", "79000801", "TP. Hồ Chí Minh",
                "Quận 3", SchoolLevel.TIEU_HOC, "Võ Thị Sáu", false), 2026, Schools.ADMIN, "Trần Quốc Toản",
                Schools.PASSWORD.toCharArray()));
        admin = Schools.admin(s);
        long year = s.years().currentYear().orElseThrow().id();
        c4a = s.organisation().addClass(admin, year, 4, "4A", null);
        for (String[] p : new String[][] {{"TH001", "Lê Minh Khoa"}, {"TH002", "Phạm Ngọc Lan"}}) {
            s.pupils().admit(admin, c4a, new Pupil(0, p[0], p[1], LocalDate.of(2016, 5, 1), Gender.NU, null, null,
                    null, false, null, null, null, null, null, null), LocalDate.of(2026, 9, 5), null);
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** RULES.md P1: every subject T at the end of the year, tests ≥ 9, every quality and competence T. */
    private static Map<String, List<List<Object>>> p1(int toan) {
        Map<String, List<List<Object>>> b = new LinkedHashMap<>();
        Map<String, Integer> tests = Map.of("TIENGVIET", 9, "TOAN", toan, "NGOAINGU1", 9, "LSDL", 9, "KHOAHOC", 10,
                "TINHOCCN", 9);
        for (String x : List.of("TIENGVIET", "TOAN", "NGOAINGU1", "DAODUC", "LSDL", "KHOAHOC", "TINHOCCN", "GDTC",
                "AMNHAC", "MITHUAT", "HDTN")) {
            b.put(x, tests.containsKey(x) ? List.of(row("Mã học sinh", "CN Mức", "CN Điểm"), row("TH001", "T",
                    tests.get(x))) : List.of(row("Mã học sinh", "CN Mức"), row("TH001", "Hoàn thành tốt")));
        }
        List<Object> header = row("Mã học sinh");
        List<Object> values = row("TH001");
        for (String q : vn.sotruong.core.assessment.tt27.Tt27RuleSet.QUALITIES) {
            header.add(q + " CN");
            values.add("T");
        }
        b.put("PCNL", List.of(header, values));
        return b;
    }

    private ScoresImportResult importFile(Map<String, List<List<Object>>> sheets) throws IOException {
        Path f = Workbooks.write(dir.resolve("4a-" + System.nanoTime() + ".xlsx"), sheets);
        return new ScoresXlsxImporter(s.gradebook()).importFile(admin, c4a, f);
    }

    @Test
    void p1IsImportedAndExportedAsHoanThanhXuatSac() throws IOException {
        ScoresImportResult r = importFile(p1(10));
        assertThat(r.issues()).isEmpty();
        assertThat(r.changed()).isEqualTo(11 + 6 + 15);
        Path out = dir.resolve("ketqua-4a.xlsx");

        new ResultsXlsxExporter(s.gradebook(), s.results()).export(admin, c4a, out);

        KetQua k = KetQua.read(out, "KETQUA");
        assertThat(k.headers()).startsWith("Mã học sinh", "Họ và tên", "TIENGVIET CN Mức", "TIENGVIET CN Điểm",
                "TOAN CN Mức", "TOAN CN Điểm", "NGOAINGU1 CN Mức", "NGOAINGU1 CN Điểm", "DAODUC CN Mức", "LSDL CN Mức")
                .contains("YEUNUOC CN", "THECHAT CN").endsWith("THECHAT CN", "Đánh giá", "Khen thưởng",
                        "Hoàn thành chương trình lớp học").doesNotContain("DAODUC CN Điểm", "TNXH CN Mức");
        var p = k.row("TH001");
        assertThat(KetQua.shown(p.get("TOAN CN Điểm"))).isEqualTo("10");
        assertThat(KetQua.shown(p.get("DAODUC CN Mức"))).isEqualTo("T");
        assertThat(KetQua.shown(p.get("GQVD CN"))).isEqualTo("T");
        assertThat(KetQua.shown(p.get("Đánh giá"))).isEqualTo("Hoàn thành xuất sắc");
        assertThat(KetQua.shown(p.get("Khen thưởng"))).isEqualTo("Học sinh Xuất sắc");
        assertThat(KetQua.shown(p.get("Hoàn thành chương trình lớp học"))).isEqualTo("Có");
        var other = k.row("TH002");
        assertThat(other.get("Đánh giá")).isNull();
        assertThat(KetQua.shown(other.get("Hoàn thành chương trình lớp học"))).isEqualTo("Chưa");
    }

    @Test
    void aTestScoreWithDecimalsAndOtherLevelsSheetsAreRefusedWithTheirCells() throws IOException {
        Map<String, List<List<Object>>> b = p1(10);
        b.put("TOAN", List.of(row("Mã học sinh", "CN Mức", "CN Điểm"), row("TH001", "T", "8,5")));
        b.put("TIENGVIET", List.of(row("Mã học sinh", "CN Mức", "CN Điểm"), row("TH001", "Tốt", 9.5)));
        b.put("RENLUYEN", List.of(row("Mã học sinh", "HK1"), row("TH001", "Tốt")));
        b.put("DANHGIABOSUNG", List.of(row("Mã học sinh", "Môn", "Điểm"), row("TH002", "DAODUC", 7)));

        ScoresImportResult r = importFile(b);

        assertThat(r.issues()).filteredOn(ScoresIssue::isError)
                .extracting(ScoresIssue::sheet, ScoresIssue::row, ScoresIssue::column, ScoresIssue::code)
                .containsExactlyInAnyOrder(Tuple.tuple("RENLUYEN", 0, null, "scores.import.sheetNotForLevel"),
                        Tuple.tuple("DANHGIABOSUNG", 2, "Điểm", "scores.import.notTested"));
        b.remove("RENLUYEN");
        b.remove("DANHGIABOSUNG");
        r = importFile(b);
        assertThat(r.issues()).filteredOn(ScoresIssue::isError)
                .extracting(ScoresIssue::sheet, ScoresIssue::row, ScoresIssue::column, ScoresIssue::code)
                .containsExactlyInAnyOrder(Tuple.tuple("TOAN", 2, "CN Điểm", "score.notAWholeNumber"),
                        Tuple.tuple("TIENGVIET", 2, "CN Mức", "tt27.subjectLevel.invalid"),
                        Tuple.tuple("TIENGVIET", 2, "CN Điểm", "score.notAWholeNumber"));
        assertThat(s.gradebook().sheet(admin, c4a, SheetRef.qualities()).row(
                s.gradebook().classBook(admin, c4a).roster().getFirst().pupilId()).orElseThrow().cells()).isEmpty();
    }

    @Test
    void theTemplateHasTheTiểuHọcSheetsAndColumns() throws IOException {
        Path out = dir.resolve("mau-4a.xlsx");
        new ScoresXlsxTemplate(s.gradebook()).write(admin, c4a, out, false);
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            List<String> names = new ArrayList<>();
            wb.forEach(sh -> names.add(sh.getSheetName()));
            assertThat(names).containsExactly("TIENGVIET", "TOAN", "NGOAINGU1", "DAODUC", "LSDL", "KHOAHOC",
                    "TINHOCCN", "GDTC", "AMNHAC", "MITHUAT", "HDTN", "PCNL", "DANHGIABOSUNG");
            List<String> toan = new ArrayList<>();
            wb.getSheet("TOAN").getRow(0).forEach(c -> toan.add(c.getStringCellValue()));
            assertThat(toan).containsExactly("Mã học sinh", "Họ và tên", "GHK1 Mức", "GHK1 Điểm", "GHK1 Nhận xét",
                    "CHK1 Mức", "CHK1 Điểm", "CHK1 Nhận xét", "GHK2 Mức", "GHK2 Điểm", "GHK2 Nhận xét", "CN Mức",
                    "CN Điểm", "CN Nhận xét");
            // the 5 qualities and 10 competences at four points, then the homeroom teacher's tiêu biểu nomination
            assertThat(wb.getSheet("PCNL").getRow(0).getLastCellNum()).isEqualTo((short) (2 + 15 * 4 + 1));
            assertThat(wb.getSheet("PCNL").getRow(0).getCell(2 + 15 * 4).getStringCellValue()).isEqualTo("TIEUBIEU CN");
        }
        assertThat(new ScoresXlsxImporter(s.gradebook()).importFile(admin, c4a, out).changed()).isZero();
    }
}
