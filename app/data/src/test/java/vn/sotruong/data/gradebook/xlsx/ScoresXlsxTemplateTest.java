package vn.sotruong.data.gradebook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sotruong.data.gradebook.xlsx.KetQua.shown;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.data.gradebook.GradebookFixture;

/** The class's scores workbook to download: every sheet and header of its rules, the class list, and the values. */
class ScoresXlsxTemplateTest extends GradebookFixture {

    private Path template(boolean filled) {
        Path out = dir.resolve(filled ? "so-diem-7a.xlsx" : "mau-7a.xlsx");
        new ScoresXlsxTemplate(s.gradebook()).write(admin, c7a, out, filled);
        return out;
    }

    private ScoresImportResult importFile(Path f) {
        return new ScoresXlsxImporter(s.gradebook()).importFile(admin, c7a, f);
    }

    @Test
    void theTemplateHasEverySheetAndHeaderAndTheClassListAndImportsAsNothing() throws IOException {
        s.movements().transferOut(admin, chi, java.time.LocalDate.of(2026, 11, 2), "Trường THCS Lê Lợi", "Chuyển nhà");
        Path f = template(false);

        try (Workbook wb = WorkbookFactory.create(f.toFile())) {
            List<String> names = new ArrayList<>();
            wb.forEach(sh -> names.add(sh.getSheetName()));
            assertThat(names).containsExactly("NGUVAN", "TOAN", "NGOAINGU1", "GDCD", "LSDL", "KHTN", "CONGNGHE",
                    "TINHOC", "GDTC", "AMNHAC", "MITHUAT", "HDTN", "GDDP", "RENLUYEN", "DANHGIALAI", "RENLUYENHE");
            assertThat(headers(wb.getSheet("TOAN"))).containsExactly("Mã học sinh", "Họ và tên", "HK1 TX1", "HK1 TX2",
                    "HK1 TX3", "HK1 TX4", "HK1 GK", "HK1 CK", "HK1 Nhận xét", "HK2 TX1", "HK2 TX2", "HK2 TX3", "HK2 TX4",
                    "HK2 GK", "HK2 CK", "HK2 Nhận xét");
            assertThat(headers(wb.getSheet("GDCD"))).containsSubsequence("HK1 TX2", "HK1 GK").doesNotContain("HK1 TX3");
            assertThat(headers(wb.getSheet("RENLUYEN"))).containsExactly("Mã học sinh", "Họ và tên", "HK1", "HK2");
            assertThat(headers(wb.getSheet("DANHGIALAI"))).containsExactly("Mã học sinh", "Họ và tên", "Môn", "Kết quả");
            assertThat(headers(wb.getSheet("RENLUYENHE"))).containsExactly("Mã học sinh", "Họ và tên", "Kết quả");
            Sheet toan = wb.getSheet("TOAN");
            assertThat(toan.getLastRowNum()).isEqualTo(2);
            assertThat(toan.getRow(1).getCell(0).getStringCellValue()).isEqualTo("HS001");
            assertThat(toan.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Trần Thị Bình");
            assertThat(toan.getRow(1).getCell(2)).isNull();
        }
        ScoresImportResult r = importFile(f);
        assertThat(r.issues()).isEmpty();
        assertThat(r.changed()).isZero();
    }

    @Test
    void aFilledWorkbookCarriesTheStoredValuesAndImportsAgainUnchanged() throws IOException {
        save(toanTeacher, "TOAN", term(an, 1, "8;7;9;6,5", "7,5", "8,0"));
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.NX", "Chăm chỉ, cần cẩn thận hơn"),
                CellEdit.of(binh, "HE", "6,5")));
        s.gradebook().save(homeroom, c7a, SheetRef.conduct(), List.of(CellEdit.of(an, "HK1", "Khá"),
                CellEdit.of(binh, "HE", "Đạt")), Via.GRID);
        Path f = template(true);

        try (Workbook wb = WorkbookFactory.create(f.toFile())) {
            var an1 = wb.getSheet("TOAN").getRow(1);
            assertThat(an1.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(shown(an1.getCell(5))).isEqualTo("6.5");
            assertThat(shown(an1.getCell(8))).isEqualTo("Chăm chỉ, cần cẩn thận hơn");
            assertThat(shown(wb.getSheet("RENLUYEN").getRow(1).getCell(2))).isEqualTo("Khá");
            var reassessed = wb.getSheet("DANHGIALAI").getRow(1);
            assertThat(List.of(shown(reassessed.getCell(0)), shown(reassessed.getCell(2)), shown(reassessed.getCell(3))))
                    .containsExactly("HS002", "TOAN", "6.5");
            assertThat(shown(wb.getSheet("RENLUYENHE").getRow(1).getCell(2))).isEqualTo("Đạt");
        }
        ScoresImportResult again = importFile(f);
        assertThat(again.issues()).isEmpty();
        assertThat(again.changed()).isZero();

        try (Workbook wb = WorkbookFactory.create(Files.newInputStream(f))) {
            wb.getSheet("TOAN").getRow(1).getCell(2).setCellValue("9,5");
            try (OutputStream os = Files.newOutputStream(dir.resolve("sua.xlsx"))) {
                wb.write(os);
            }
        }
        assertThat(importFile(dir.resolve("sua.xlsx")).changed()).isEqualTo(1);
        assertThat(s.gradebook().sheet(admin, c7a, SheetRef.subject("TOAN")).row(an).orElseThrow().text("HK1.TX1"))
                .isEqualTo("9.5");
    }

    private static List<String> headers(Sheet sheet) {
        List<String> h = new ArrayList<>();
        sheet.getRow(0).forEach(c -> h.add(c.getStringCellValue()));
        return h;
    }
}
