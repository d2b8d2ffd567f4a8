package vn.sotruong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review distribution|anomalies|progress --out}: the numbers on stdout and in the xlsx/PDF files. */
class ReviewCliTest {
    @TempDir
    Path dir;

    private CliSchool school;

    @BeforeEach
    void class7AWithScores() throws IOException {
        school = CliSchool.init(dir, "thcs").classWithPupils(7, "7A",
                List.of(new String[] {"HS001", "Lê Văn An"}, new String[] {"HS002", "Trần Thị Bình"},
                        new String[] {"HS003", "Phạm Văn Cường"}))
                .person("phohieutruong", "Lê Văn Phó", "pho-hieu-truong");
        Path f = CliSchool.write(dir.resolve("7a.xlsx"), Map.of("TOAN", List.of(row("Mã học sinh", "HK1 GK"),
                row("HS001", "9,5"), row("HS002", 6), row("HS003", "4,5"))));
        CliRun imported = school.asAdmin("scores", "import", "--class", "7A", "--file", f.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }

    private CliRun vp(String... args) {
        return school.as("phohieutruong", CliSchool.PASSWORD, args);
    }

    @Test
    void aDistributionOnStdoutInXlsxAndInPdf() throws Exception {
        CliRun shown = vp("review", "distribution", "--measure", "HK1.GK", "--subject", "TOAN", "--class", "7A");
        assertThat(shown.exit()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("Số học sinh\t3\t3", "Trung vị\t6.00\t6.00", "Dưới 5,0 (%)\t33.3\t33.3");

        Path xlsx = dir.resolve("pho-diem.xlsx");
        CliRun saved = vp("review", "distribution", "--measure", "HK1.GK", "--subject", "TOAN", "--out", xlsx.toString());
        assertThat(saved.exit()).as(saved.err()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            Sheet numbers = wb.getSheet("Các chỉ số");
            assertThat(numbers.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Môn TOAN");
            assertThat(numbers.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Trung vị");
            assertThat(numbers.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(6.0);
            Sheet bars = wb.getSheetAt(1);
            assertThat(bars.getRow(10).getCell(0).getStringCellValue()).isEqualTo("9–10");
            assertThat(bars.getRow(10).getCell(1).getNumericCellValue()).isEqualTo(33.3);
        }

        Path pdf = dir.resolve("pho-diem.pdf");
        assertThat(vp("review", "distribution", "--measure", "HK1.GK", "--subject", "TOAN", "--out", pdf.toString())
                .exit()).isZero();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(d)).contains("Phổ điểm HK1 · Giữa kì", "Trường THCS Chu Văn An",
                    "Trung vị", "6,00");
        }
    }

    @Test
    void theAnomaliesAndTheProgressSaved() throws Exception {
        Path xlsx = dir.resolve("bat-thuong.xlsx");
        CliRun r = vp("review", "anomalies", "--out", xlsx.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Đã lưu");
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("Lí do");
        }
        Path progress = dir.resolve("tien-do.xlsx");
        CliRun p = vp("review", "progress", "--class", "7A", "--subject", "TOAN", "--out", progress.toString());
        assertThat(p.exit()).as(p.err()).isZero();
        assertThat(p.out()).contains("7A\tMON/TOAN\tHK1 GK");
        try (InputStream in = Files.newInputStream(progress); Workbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Tình trạng");
            assertThat(s.getLastRowNum()).isEqualTo(p.out().lines().filter(l -> l.startsWith("7A\t")).count());
        }
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        Path txt = dir.resolve("pho-diem.txt");
        CliRun wrongFile = vp("review", "distribution", "--measure", "HK1.GK", "--out", txt.toString());
        assertThat(wrongFile.exit()).isEqualTo(3);
        assertThat(wrongFile.err()).contains("Chỉ lưu được tệp .xlsx hoặc .pdf");
        assertThat(txt).doesNotExist();
        CliRun measure = vp("review", "distribution", "--measure", "HK3.GK", "--out", dir.resolve("x.xlsx").toString());
        assertThat(measure.exit()).isEqualTo(3);
        assertThat(measure.err()).contains("không phải là cột điểm");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
        CliRun status = vp("review", "progress", "--status", "SOON");
        assertThat(status.exit()).isEqualTo(2);
        assertThat(status.err()).contains("không phải là tình trạng");
        CliRun progressPdf = vp("review", "progress", "--out", dir.resolve("p.pdf").toString());
        assertThat(progressPdf.exit()).isEqualTo(3);
        CliRun teacher = school.asAdmin("review", "distribution", "--measure", "HK1.GK");
        assertThat(teacher.exit()).isEqualTo(3);
        assertThat(teacher.err()).contains("quyền");
    }
}
