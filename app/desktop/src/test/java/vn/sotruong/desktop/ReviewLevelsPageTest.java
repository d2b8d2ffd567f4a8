package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.school.School;
import vn.sotruong.core.school.SchoolInit;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.Role;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.review.ReviewView;

/**
 * Level counts on the Rà soát page: a tiểu học subject's levels (T/H/C) and a quality (T/Đ/C), and a THCS subject
 * assessed by comment (Đ/CĐ) — a bar per level with the counts beside it instead of a histogram.
 */
class ReviewLevelsPageTest extends FxTestBase {
    private long admit(Actor admin, long c, int n) {
        return services().pupils().admit(admin, c, new Pupil(0, "HS" + n, "Học Sinh Số " + n, LocalDate.of(2016, 1, n),
                Gender.NAM, null, null, null, false, null, null, null, null, null, null), LocalDate.of(2026, 9, 5), null);
    }

    private long classNamed(Actor admin, long year, String name) {
        return services().organisation().classes(admin, year).stream().filter(k -> k.name().equals(name)).findFirst()
                .map(SchoolClass::id).orElseThrow();
    }

    /** Toán CN levels of 4A (T, T, H, C, T) and 4B (H, H, T, H, blank); Yêu nước CN of 4A (T, Đ, Đ, T, C). */
    private void primarySchool() {
        var s = services();
        s.setup().initialise(new SchoolInit(new School("Trường Tiểu học Kim Đồng", "79000456", "TP. Hồ Chí Minh",
                "Phường Bến Thành", SchoolLevel.TIEU_HOC, "Nguyễn Thị Mai", false), 2026, TestSchool.ADMIN,
                "Nguyễn Văn Quản", TestSchool.PASSWORD.toCharArray()));
        s.accounts().createPersonDuringSetup(new NewPerson("Nguyễn Thị Mai", TestSchool.PRINCIPAL,
                Set.of(Role.HIEU_TRUONG), null, null, TestSchool.PASSWORD.toCharArray()), false);
        Actor admin = admin();
        long year = s.years().currentYear().orElseThrow().id();
        String[][] levels = {{"4A", "T", "T", "H", "C", "T"}, {"4B", "H", "H", "T", "H", ""}};
        String[] yeuNuoc = {"T", "Đ", "Đ", "T", "C"};
        int n = 0;
        for (String[] row : levels) {
            long c = s.organisation().addClass(admin, year, 4, row[0], null);
            List<CellEdit> toan = new ArrayList<>();
            List<CellEdit> qualities = new ArrayList<>();
            for (int i = 1; i < row.length; i++) {
                long p = admit(admin, c, ++n);
                toan.add(CellEdit.of(p, "CN.MUC", row[i]));
                if (row[0].equals("4A")) {
                    qualities.add(CellEdit.of(p, "YEUNUOC.CN", yeuNuoc[i - 1]));
                }
            }
            s.gradebook().save(admin, c, SheetRef.subject("TOAN"), toan, Via.IMPORT);
            if (!qualities.isEmpty()) {
                s.gradebook().save(admin, c, SheetRef.qualities(), qualities, Via.IMPORT);
            }
        }
    }

    /** Âm nhạc HK I giữa kì: 6A Đ, Đ, CĐ; 6B Đ, Đ, Đ, Đ. */
    private void thcsSchool() {
        TestSchool.create(services());
        Actor admin = admin();
        long year = services().years().currentYear().orElseThrow().id();
        String[][] levels = {{"6A", "Đ", "Đ", "CĐ"}, {"6B", "Đ", "Đ", "Đ", "Đ"}};
        int n = 0;
        for (String[] row : levels) {
            long c = classNamed(admin, year, row[0]);
            List<CellEdit> edits = new ArrayList<>();
            for (int i = 1; i < row.length; i++) {
                edits.add(CellEdit.of(admit(admin, c, ++n), "HK1.GK", row[i]));
            }
            services().gradebook().save(admin, c, SheetRef.subject("AMNHAC"), edits, Via.IMPORT);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTiểuHọcSubjectAndAQualityAsLevelCounts() throws Exception {
        primarySchool();
        openReview();
        choose("#review-subject", "TOAN");
        ComboBox<String> measure = lookup("#review-measure").queryAs(ComboBox.class);
        assertThat(measure.getItems()).containsExactly("GHK1.MUC", "CHK1.MUC", "GHK2.MUC", "CN.MUC", "CHK1.DIEM",
                "CN.DIEM");
        interact(() -> measure.getSelectionModel().select("CN.MUC"));
        choose("#review-class", "4A");
        clickOn("#review-show");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#review-error")).isEmpty();
        assertThat(lookup("#review-stats").queryAs(Label.class).getText()).contains("Số học sinh đã đánh giá: 5",
                "T · Hoàn thành tốt: 3", "H · Hoàn thành: 1", "C · Chưa hoàn thành: 1", "Tỉ lệ T (%): 60,0",
                "Chưa đánh giá: 0");
        TableView<?> table = lookup("#review-stat-table").queryAs(TableView.class);
        // the school beside 4A: 4 T, 4 H, 1 C of 9 entered, one pupil of 4B not yet assessed
        assertThat(table.getItems().toString()).contains("school=9", "school=44,4", "school=1]");
        BarChart<String, Number> chart = lookup("#review-chart").queryAs(BarChart.class);
        assertThat(chart.getData().getFirst().getData()).extracting(d -> d.getXValue()).containsExactly("T", "H", "C");
        assertThat(chart.getXAxis().getLabel()).isEqualTo("Mức đạt được");
        Screenshots.save(stage.getScene().getRoot(), "review-levels-tieuhoc.png");

        choose("#review-subject", "YEUNUOC");
        assertThat(measure.getItems()).containsExactly("GHK1", "CHK1", "GHK2", "CN");
        interact(() -> measure.getSelectionModel().select("CN"));
        clickOn("#review-show");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#review-stats").queryAs(Label.class).getText()).contains("T · Tốt: 2", "Đ · Đạt: 2",
                "C · Cần cố gắng: 1");
        Screenshots.save(stage.getScene().getRoot(), "review-levels-tieuhoc-quality.png");

        // 4B has no Yêu nước level: said in words, no bars, no NaN
        choose("#review-class", "4B");
        clickOn("#review-show");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#review-nodata")).contains("Không có dữ liệu", "Lớp 4B", "Cuối năm");
        assertThat(chart.getData().getFirst().getData()).isEmpty();
        assertThat(table.getItems().toString()).doesNotContain("NaN");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aThcsSubjectAssessedByCommentAsĐạtAndChưaĐạtAndSavedAsPdf() throws Exception {
        thcsSchool();
        openReview();
        choose("#review-subject", "AMNHAC");
        ComboBox<String> measure = lookup("#review-measure").queryAs(ComboBox.class);
        assertThat(measure.getItems()).doesNotContain("HK1.TB").contains("HK1.GK");
        interact(() -> measure.getSelectionModel().select("HK1.GK"));
        choose("#review-class", "6A");
        clickOn("#review-show");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#review-stats").queryAs(Label.class).getText()).contains("Đ · Đạt: 2", "CĐ · Chưa đạt: 1",
                "Tỉ lệ CĐ (%): 33,3");
        Screenshots.save(stage.getScene().getRoot(), "review-levels-thcs-comment.png");

        // a scored subject still gets its histogram
        choose("#review-subject", "TOAN");
        assertThat(measure.getItems()).contains("HK1.TB");
        ReviewView.Models m = ((ReviewView.Models) lookup("#review-page").query().getUserData());
        choose("#review-subject", "AMNHAC");
        interact(() -> measure.getSelectionModel().select("HK1.GK"));
        clickOn("#review-show");
        WaitForAsyncUtils.waitForFxEvents();
        java.nio.file.Path pdf = dataDir.resolve("muc.pdf");
        interact(() -> m.review().save(pdf));
        assertThat(textOf("#review-error")).isEmpty();
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getNumberOfPages()).isEqualTo(1);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(d)).contains(
                    "Số lượng theo mức AMNHAC · HK1 GK", "Môn AMNHAC · Lớp 6A", "CĐ · Chưa đạt", "33,3");
        }
        java.nio.file.Path xlsx = dataDir.resolve("muc.xlsx");
        interact(() -> m.review().save(xlsx));
        try (var in = java.nio.file.Files.newInputStream(xlsx);
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var numbers = wb.getSheetAt(0);
            assertThat(numbers.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Đ · Đạt");
            assertThat(numbers.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(numbers.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(6.0);
        }

        // the principal's overdue items as their own tab: on 15/10 no class has its September note
        clickOn("Việc quá hạn");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<vn.sotruong.desktop.review.OverdueViewModel.Row> overdue = lookup("#overdue-table")
                .queryAs(TableView.class);
        assertThat(overdue.getItems()).anySatisfy(r -> {
            assertThat(r.item()).isEqualTo("Kiểm tra sổ điểm, viết nhận xét tháng 9");
            assertThat(r.due()).isEqualTo("30/09/2026");
            assertThat(r.late()).isEqualTo("quá hạn 15 ngày");
            assertThat(r.outstanding()).isEqualTo("3 lớp chưa có nhận xét");
        });
        assertThat(textOf("#overdue-error")).isEmpty();
        Screenshots.save(stage.getScene().getRoot(), "review-overdue.png");
    }

    private void openReview() throws Exception {
        startApp(config());
        signIn(TestSchool.PRINCIPAL, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-review");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void choose(String comboId, String label) {
        ComboBox<Choice> box = lookup(comboId).queryAs(ComboBox.class);
        interact(() -> box.getSelectionModel().select(box.getItems().stream().filter(c -> c.label().equals(label)
                || c.label().startsWith(label + " · ")).findFirst().orElseThrow()));
    }
}
