package vn.sotruong.data.gradebook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.data.gradebook.GradebookFixture;

/** Sheet KETQUA of a THCS class as INTERFACES.md specifies it, from the results computed now. */
class ResultsXlsxExportTest extends GradebookFixture {
    private static final List<String> SUBJECTS = List.of("NGUVAN", "TOAN", "NGOAINGU1", "GDCD", "LSDL", "KHTN",
            "CONGNGHE", "TINHOC", "GDTC", "AMNHAC", "MITHUAT", "HDTN", "GDDP");

    @Test
    void ketquaHasTheContractsColumnsAndTheResultsAsComputedNow() throws IOException {
        save(toanTeacher, "TOAN", term(an, 1, "8;7;9;6,5", "7,5", "8,0"));
        s.gradebook().save(admin, c7a, SheetRef.subject("GDTC"), List.of(CellEdit.of(an, "HK1.MG", "Miễn")), Via.GRID);
        s.gradebook().save(homeroom, c7a, SheetRef.conduct(), List.of(CellEdit.of(an, "HK1", "Khá")), Via.GRID);
        s.movements().transferOut(admin, chi, java.time.LocalDate.of(2026, 11, 2), "Trường THCS Lê Lợi", "Chuyển nhà");
        Path out = dir.resolve("ketqua-7a.xlsx");

        int written = new ResultsXlsxExporter(s.gradebook(), s.results()).export(toanTeacher, c7a, out);

        assertThat(written).isEqualTo(2);
        KetQua k = KetQua.read(out, "KETQUA");
        List<String> expected = new ArrayList<>(List.of("Mã học sinh", "Họ và tên"));
        SUBJECTS.forEach(x -> expected.addAll(List.of(x + " HK1", x + " HK2", x + " CN")));
        expected.addAll(List.of("KQHT HK1", "KQHT HK2", "KQHT CN", "KQRL HK1", "KQRL HK2", "KQRL CN",
                "KQHT sau đánh giá lại", "KQRL sau rèn luyện hè", "Nghỉ có phép", "Nghỉ không phép", "Kết quả",
                "Danh hiệu"));
        assertThat(k.headers()).containsExactlyElementsOf(expected);
        assertThat(k.codes()).containsExactly("HS001", "HS002");
        Map<String, Cell> a = k.row("HS001");
        assertThat(a.get("Họ và tên").getStringCellValue()).isEqualTo("Lê Văn An");
        assertThat(a.get("TOAN HK1").getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(a.get("TOAN HK1").getCellStyle().getDataFormatString()).isEqualTo("0.0");
        assertThat(KetQua.shown(a.get("TOAN HK1"))).isEqualTo("7.7");
        assertThat(a.get("TOAN HK2")).isNull();
        assertThat(a.get("TOAN CN")).isNull();
        assertThat(KetQua.shown(a.get("GDTC HK1"))).isEqualTo("Miễn");
        assertThat(KetQua.shown(a.get("KQRL HK1"))).isEqualTo("Khá");
        assertThat(a.get("KQRL HK2")).isNull();
        assertThat(a.get("KQHT HK1")).isNull();
        assertThat(a.get("Nghỉ có phép").getNumericCellValue()).isZero();
        assertThat(KetQua.shown(a.get("Kết quả"))).isEqualTo("Chưa đủ kết quả");
        assertThat(a.get("Danh hiệu")).isNull();
    }

    @Test
    void aTeacherOfAnotherClassCannotExportIt() {
        assertThat(code(() -> new ResultsXlsxExporter(s.gradebook(), s.results()).export(otherTeacher, c7a,
                dir.resolve("x.xlsx")))).isEqualTo("scope.notYourClassOrSubject");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }
}
