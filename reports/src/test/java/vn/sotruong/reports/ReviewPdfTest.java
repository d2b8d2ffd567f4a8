package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.review.Distribution;
import vn.sotruong.core.review.Finding;
import vn.sotruong.core.review.LevelColumn;
import vn.sotruong.core.review.LevelCounts;
import vn.sotruong.core.review.Measure;
import vn.sotruong.core.review.ReviewSheet;
import vn.sotruong.core.review.ReviewSheets;

/** The printed review: one page with the chart, the numbers in Vietnamese form and the anomalies, in Liberation Serif. */
class ReviewPdfTest {
    @TempDir
    Path dir;

    @Test
    void aDistributionWithItsAnomaliesOnOnePage() throws Exception {
        ReviewSheets sheets = new ReviewSheets(Messages.vietnamese());
        Distribution mine = Distribution.of(Stream.of("9", "9.5", "8.5", "9", "9.5").map(BigDecimal::new).toList());
        Distribution school = Distribution.of(Stream.of("6", "6.5", "7", "5.5", "6", "9", "9.5", "8.5", "9", "9.5")
                .map(BigDecimal::new).toList());
        ReviewSheet sheet = sheets.distribution(new Measure("HK1.TB"), "Lớp 7E", mine, school)
                .with(sheets.anomalies("Học kì I", List.of(new Finding(Finding.Kind.CLASS_FAR_FROM_SCHOOL, "7E · TOAN",
                        "review.classFar", List.of("7E", "TOAN", new BigDecimal("9.00"), 7, new BigDecimal("6.00"),
                                new BigDecimal("4.1")), 5L, "TOAN"))));
        Path pdf = dir.resolve("phổ điểm.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new ReviewPdf().write(sheet, "Trường THCS Nguyễn Du", "23/11/2026", Messages.VIETNAMESE, out);
        }

        assertThat(Pdfs.pageSizes(pdf)).containsExactly("595x842");
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Phổ điểm HK1 · ĐTBmhk", "Trường THCS Nguyễn Du", "Trung vị", "9,00", "7,75",
                "Lớp lệch xa mặt bằng", "7E · TOAN", "Độ lệch chuẩn", "Từ 9,0 (%)", "80,0");
        assertThat(Pdfs.fonts(pdf)).isNotEmpty().allMatch(f -> f.embedded() && !f.type3()
                && f.name().contains("LiberationSerif"));
        Pdfs.renderForLooking(pdf, 1, "review");
    }

    @Test
    void levelCountsOfATiểuHọcSubjectOnOnePageWithTheirChart() throws Exception {
        ReviewSheets sheets = new ReviewSheets(Messages.vietnamese());
        LevelColumn toan = LevelColumn.subject("TOAN", "CN.MUC");
        LevelCounts mine = LevelCounts.of(toan.levels(), List.of("T", "T", "H", "C", "T"), 5);
        LevelCounts school = LevelCounts.of(toan.levels(), List.of("T", "T", "H", "C", "T", "H", "H", "T", "H"), 10);
        Path pdf = dir.resolve("mức.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new ReviewPdf().write(sheets.levels(toan, "Lớp 4A", mine, school), "Trường Tiểu học Kim Đồng", "23/11/2026",
                    Messages.VIETNAMESE, out);
        }
        assertThat(Pdfs.pageSizes(pdf)).containsExactly("595x842");
        assertThat(Pdfs.text(pdf)).contains("Số lượng theo mức TOAN · CN Mức", "Lớp 4A", "T · Hoàn thành tốt",
                "C · Chưa hoàn thành", "Tỉ lệ T (%)", "60,0", "44,4", "Chưa đánh giá").doesNotContain("NaN");
        assertThat(Pdfs.fonts(pdf)).isNotEmpty().allMatch(f -> f.embedded() && f.name().contains("LiberationSerif"));
        Pdfs.renderForLooking(pdf, 1, "review-levels");
    }

    @Test
    void anEmptyViewPrintsDashesNeverNaN() throws Exception {
        ReviewSheets sheets = new ReviewSheets(Messages.vietnamese());
        Distribution none = Distribution.of(List.of());
        Path pdf = dir.resolve("empty.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new ReviewPdf().write(sheets.distribution(new Measure("HK2.CK"), "Lớp 6A", none, none), "Trường",
                    "23/11/2026", Messages.VIETNAMESE, out);
        }
        assertThat(Pdfs.text(pdf)).contains("—").doesNotContain("NaN");
        assertThat(ReviewChart.niceMax(0)).isEqualTo(10);
        assertThat(ReviewChart.niceMax(41.5)).isEqualTo(50);
    }

    @Test
    void aWideTableIsRefused() {
        ReviewSheet wide = new ReviewSheet("t", "s", List.of(), List.of(), List.of(new ReviewSheet.Table("x",
                List.of("a", "b", "c", "d"), List.of())));
        assertThatThrownBy(() -> new ReviewPdf().write(wide, "T", "1/1/2027", Messages.VIETNAMESE,
                OutputStream.nullOutputStream())).isInstanceOf(IllegalArgumentException.class);
    }
}
