package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import vn.sotruong.desktop.review.MonthlyNotesViewModel;
import vn.sotruong.desktop.review.ProgressViewModel;
import vn.sotruong.desktop.review.ReviewView;
import vn.sotruong.desktop.review.ReviewViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.security.Actor;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.review.ReviewViewModel.FindingRow;

/** The vice-principal's review page: a class's phổ điểm over the school's, and the anomaly scan. */
class ReviewPageTest extends FxTestBase {
    /** Toán HK I scores of five pupils in each grade-6 class; 6D far above the others. */
    private static final String[][] SCORES = {
            {"6A", "5", "6", "6,5", "7", "4,5"},
            {"6B", "6", "5,5", "7", "6", "8"},
            {"6C", "6,5", "6", "5", "7,5", "6"},
            {"6D", "9", "9,5", "10", "8,5", "9"}};

    private void schoolWithScores() {
        TestSchool.create(services());
        Actor admin = admin();
        long year = services().years().currentYear().orElseThrow().id();
        services().organisation().addClass(admin, year, 6, "6C", null);
        services().organisation().addClass(admin, year, 6, "6D", null);
        int n = 0;
        for (String[] row : SCORES) {
            long c = services().organisation().classes(admin, year).stream().filter(k -> k.name().equals(row[0]))
                    .findFirst().map(SchoolClass::id).orElseThrow();
            List<CellEdit> edits = new ArrayList<>();
            for (int i = 1; i < row.length; i++) {
                long p = services().pupils().admit(admin, c, new Pupil(0, "HS" + (++n), "Học Sinh Số " + n,
                        LocalDate.of(2014, 1, n), Gender.NAM, null, null, null, false, null, null, null, null, null, null),
                        LocalDate.of(2026, 9, 5), null);
                for (int tx = 1; tx <= 4; tx++) {
                    edits.add(CellEdit.of(p, ColumnLayout.tx(1, tx), row[i]));
                }
                edits.add(CellEdit.of(p, ColumnLayout.midterm(1), row[i]));
                edits.add(CellEdit.of(p, ColumnLayout.endOfTerm(1), row[i]));
            }
            services().gradebook().save(admin, c, SheetRef.subject("TOAN"), edits, Via.IMPORT);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePrincipalSeesAClassOverTheSchoolAndTheAnomalies() throws Exception {
        openReviewAsPrincipal();
        WaitForAsyncUtils.waitForFxEvents();

        choose("#review-subject", "TOAN");
        choose("#review-class", "6D");
        clickOn("#review-show");
        WaitForAsyncUtils.waitForFxEvents();
        String stats = lookup("#review-stats").queryAs(Label.class).getText();
        assertThat(stats).contains("Số học sinh: 5", "Trung vị: 9,00", "Từ 9,0: 80,0%");
        Screenshots.save(stage.getScene().getRoot(), "review-distribution.png");

        clickOn("Bất thường");
        clickOn("#review-scan");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<FindingRow> findings = lookup("#review-findings").queryAs(TableView.class);
        assertThat(findings.getItems()).extracting(FindingRow::scope).contains("6D · TOAN");
        assertThat(findings.getItems()).filteredOn(f -> f.scope().equals("6D · TOAN")).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("Lớp 6D", "trung bình của học sinh 9,20 so với 6,35"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeacherOrAGradeOverTheSchoolAnEmptySelectionSaysNoDataAndAFindingOpensItsNumbers() throws Exception {
        openReviewAsPrincipal();
        WaitForAsyncUtils.waitForFxEvents();
        choose("#review-subject", "TOAN");
        ComboBox<ReviewViewModel.Overlay> overlay = lookup("#review-overlay").queryAs(ComboBox.class);
        interact(() -> overlay.getSelectionModel().select(ReviewViewModel.Overlay.TEACHER));
        choose("#review-class", "Đỗ Minh Toàn");
        clickOn("#review-show");
        WaitForAsyncUtils.waitForFxEvents();
        // the Toán teacher of 6A (7A has no pupils): five averages 4,5–7
        assertThat(lookup("#review-stats").queryAs(Label.class).getText()).contains("Số học sinh: 5", "Trung vị: 6,00");
        BarChart<String, Number> chart = lookup("#review-chart").queryAs(BarChart.class);
        assertThat(chart.getData().getFirst().getName()).isEqualTo("Đỗ Minh Toàn");
        assertThat(chart.getData().getFirst().getData()).isNotEmpty();
        assertThat(visible("#review-nodata")).isFalse();
        Screenshots.save(stage.getScene().getRoot(), "review-overlay-teacher.png");

        interact(() -> overlay.getSelectionModel().select(ReviewViewModel.Overlay.GRADE));
        choose("#review-class", "Khối 6");
        clickOn("#review-show");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#review-stats").queryAs(Label.class).getText()).contains("Số học sinh: 20");
        assertThat(chart.getData().getFirst().getName()).isEqualTo("Khối 6");
        Screenshots.save(stage.getScene().getRoot(), "review-overlay-grade.png");

        // grade 7 has no pupil with a score: said in words, no bars, no NaN
        choose("#review-class", "Khối 7");
        clickOn("#review-show");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#review-nodata")).contains("Không có dữ liệu", "Khối 7", "HK1 · ĐTBmhk");
        assertThat(chart.getData().getFirst().getData()).isEmpty();
        assertThat(textOf("#review-error")).isEmpty();
        assertThat(lookup("#review-stat-table").queryAs(TableView.class).getItems().toString()).doesNotContain("NaN");

        // from the 6D finding to its numbers: 6D laid over the school in Toán
        clickOn("Bất thường");
        clickOn("#review-scan");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<FindingRow> findings = lookup("#review-findings").queryAs(TableView.class);
        interact(() -> findings.getSelectionModel().select(findings.getItems().stream()
                .filter(f -> f.scope().equals("6D · TOAN")).findFirst().orElseThrow()));
        Screenshots.save(stage.getScene().getRoot(), "review-anomalies.png");
        clickOn("#review-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(overlay.getValue()).isEqualTo(ReviewViewModel.Overlay.CLASS);
        assertThat(lookup("#review-class").queryAs(ComboBox.class).getValue().toString()).isEqualTo("6D");
        assertThat(lookup("#review-stats").queryAs(Label.class).getText()).contains("Số học sinh: 5", "Trung vị: 9,00");
        assertThat(visible("#review-nodata")).isFalse();
        Screenshots.save(stage.getScene().getRoot(), "review-finding-opened.png");
    }

    /**
     * Mở ô: the Toán teacher of 6A changed one cell of the first pupil twelve times (two others changed one or two);
     * the finding opens the Sổ điểm page on 6A's Toán sheet with that cell selected and marked.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aFindingOpensTheGradebookOnItsCells() throws Exception {
        schoolWithScores();
        Actor admin = admin();
        long year = services().years().currentYear().orElseThrow().id();
        long c6a = services().organisation().classes(admin, year).stream().filter(k -> k.name().equals("6A"))
                .findFirst().map(SchoolClass::id).orElseThrow();
        long first = services().gradebook().classBook(admin, c6a).pupilIds().getFirst();
        Actor toan = services().auth().login(TestSchool.TEACHER, TestSchool.PASSWORD.toCharArray(), "test").actor();
        Actor homeroom = services().auth().login(TestSchool.HOMEROOM, TestSchool.PASSWORD.toCharArray(), "test").actor();
        for (int i = 0; i < 12; i++) {
            services().gradebook().save(toan, c6a, SheetRef.subject("TOAN"), List.of(CellEdit.of(first, "HK1.TX2",
                    i % 2 == 0 ? "6" : "5")), Via.GRID);
        }
        for (String v : new String[] {"7", "8", "7"}) {
            services().gradebook().save(homeroom, c6a, SheetRef.subject("NGUVAN"), List.of(CellEdit.of(first, "HK1.GK",
                    v)), Via.GRID);
        }
        services().gradebook().save(admin, c6a, SheetRef.subject("TOAN"), List.of(CellEdit.of(first, "HK1.CK", "6")),
                Via.GRID);
        startApp(config());
        signIn(TestSchool.PRINCIPAL, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-review");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("Bất thường");
        clickOn("#review-scan");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<FindingRow> findings = lookup("#review-findings").queryAs(TableView.class);
        FindingRow edits = findings.getItems().stream().filter(f -> f.scope().equals(TestSchool.TEACHER)).findFirst()
                .orElseThrow();
        assertThat(edits.reason()).contains("đã sửa 12 điểm");
        interact(() -> findings.getSelectionModel().select(edits));
        clickOn("#review-open-cells");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#gradebook-class").queryAs(ComboBox.class).getValue().toString()).contains("6A");
        assertThat(((vn.sotruong.desktop.gradebook.GradebookViewModel.SheetChoice) lookup("#gradebook-sheet")
                .queryAs(ComboBox.class).getValue()).ref()).isEqualTo(SheetRef.subject("TOAN"));
        TableView<?> grid = lookup("#grade-grid").queryAs(TableView.class);
        var selected = grid.getSelectionModel().getSelectedCells();
        assertThat(selected).hasSize(1);
        assertThat(selected.getFirst().getRow()).isZero();
        assertThat(selected.getFirst().getTableColumn().getUserData()).isEqualTo("HK1.TX2");
        assertThat(lookup(".grade-cell").match((javafx.scene.control.TableCell<?, ?> c) -> c.getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("finding"))).queryAll()).hasSize(1);
        assertThat(textOf("#grade-info")).contains("1 ô của mục rà soát");
        Screenshots.save(stage.getScene().getRoot(), "review-finding-cells.png");

        // a change of class size names no cells: said in words, the page stays
        clickOn("#nav-review");
        WaitForAsyncUtils.waitForFxEvents();
        ReviewViewModel vm = ((ReviewView.Models) lookup("#review-page").query().getUserData()).review();
        interact(() -> vm.openCells(new FindingRow("k", "6B", "r", new vn.sotruong.core.review.Finding(
                vn.sotruong.core.review.Finding.Kind.CLASS_SIZE_CHANGE, "6B", "review.classSize", List.of("6B", 5),
                null, null))));
        assertThat(textOf("#review-anomaly-error")).contains("không chỉ tới ô điểm nào");
        assertThat(lookup("#review-page").tryQuery()).isPresent();
    }

    @Test
    void aTeacherDoesNotGetTheReviewPage() throws Exception {
        schoolWithScores();
        startApp(config());
        signIn(TestSchool.TEACHER, TestSchool.PASSWORD);
        awaitScreen("main");
        assertThat(lookup("#nav-review").tryQuery()).isEmpty();
    }

    private void openReviewAsPrincipal() throws Exception {
        schoolWithScores();
        startApp(config());
        signIn(TestSchool.PRINCIPAL, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-review");
    }

    /** Selects the entry shown as {@code label} (or "label · name") in a combo box of choices. */
    @SuppressWarnings("unchecked")
    private void choose(String comboId, String label) {
        ComboBox<Choice> box = lookup(comboId).queryAs(ComboBox.class);
        interact(() -> box.getSelectionModel().select(box.getItems().stream().filter(c -> c.label().equals(label)
                || c.label().startsWith(label + " · ")).findFirst().orElseThrow()));
    }

    private ReviewView.Models models() {
        return (ReviewView.Models) lookup("#review-page").query().getUserData();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theViewIsSavedAsXlsxAndPdfAndABadNameChangesNothing() throws Exception {
        openReviewAsPrincipal();
        WaitForAsyncUtils.waitForFxEvents();
        ReviewView.Models m = models();
        java.nio.file.Path pdf = dataDir.resolve("pho-diem.pdf");
        interact(() -> m.review().save(pdf));
        assertThat(textOf("#review-error")).contains("Chưa có gì để lưu");
        assertThat(pdf).doesNotExist();

        choose("#review-subject", "TOAN");
        choose("#review-class", "6D");
        clickOn("#review-show");
        clickOn("Bất thường");
        clickOn("#review-scan");
        WaitForAsyncUtils.waitForFxEvents();
        java.nio.file.Path txt = dataDir.resolve("pho-diem.txt");
        interact(() -> m.review().save(txt));
        assertThat(textOf("#review-error")).contains("Chỉ lưu được tệp .xlsx hoặc .pdf");
        assertThat(txt).doesNotExist();

        interact(() -> m.review().save(pdf));
        assertThat(textOf("#review-error")).isEmpty();
        assertThat(textOf("#review-info")).contains("pho-diem.pdf");
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(d)).contains("Phổ điểm HK1 · ĐTBmhk",
                    "Môn TOAN · Lớp 6D", "Trung vị", "9,00", "Lớp lệch xa mặt bằng", "6D · TOAN");
        }
        java.nio.file.Path xlsx = dataDir.resolve("pho-diem.xlsx");
        interact(() -> m.review().save(xlsx));
        try (var in = java.nio.file.Files.newInputStream(xlsx);
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Các chỉ số").getRow(3).getCell(1).getNumericCellValue()).isEqualTo(9.0);
            assertThat(wb.getSheet("Danh sách bất thường").getRow(1).getCell(1).getStringCellValue())
                    .isNotBlank();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEntryProgressFiltersAndSaves() throws Exception {
        openReviewAsPrincipal();
        clickOn("Tiến độ nhập điểm");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ProgressViewModel.Row> table = lookup("#progress-table").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        int all = table.getItems().size();
        choose("#progress-class", "6D");
        ComboBox<String> status = lookup("#progress-status").queryAs(ComboBox.class);
        interact(() -> status.getSelectionModel().select("DONE"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(all)
                .allMatch(r -> r.className().equals("6D") && r.status().equals("Đã nhập đủ") && r.missing().equals("0"));
        assertThat(textOf("#progress-summary")).contains(table.getItems().size() + " cột điểm");
        interact(() -> status.getSelectionModel().select(""));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene().getRoot(), "review-progress.png");

        ReviewView.Models m = models();
        java.nio.file.Path pdf = dataDir.resolve("tien-do.pdf");
        interact(() -> m.progress().save(pdf));
        assertThat(textOf("#progress-error")).contains("Chỉ lưu được");
        assertThat(pdf).doesNotExist();
        java.nio.file.Path xlsx = dataDir.resolve("tien-do.xlsx");
        interact(() -> m.progress().save(xlsx));
        try (var in = java.nio.file.Files.newInputStream(xlsx);
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(table.getItems().size());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMonthlyNotesAClosedMonthIsReadOnly() throws Exception {
        schoolWithScores();
        startApp(config());
        signIn(TestSchool.PRINCIPAL, TestSchool.PASSWORD);
        awaitScreen("main");
        assertThat(lookup("#home-plan").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .extracting(n -> ((Label) n).getText())
                .anyMatch(t -> t.startsWith("Kiểm tra sổ điểm, viết nhận xét tháng 9: 30/09/2026 — quá hạn 15 ngày"))
                .anyMatch(t -> t.startsWith("Kiểm tra sổ điểm, viết nhận xét tháng 10: 31/10/2026 — còn 16 ngày"));
        Screenshots.save(stage.getScene().getRoot(), "home-plan.png");

        clickOn("#nav-review");
        clickOn("Nhận xét hằng tháng");
        WaitForAsyncUtils.waitForFxEvents();
        choose("#notes-class", "6D");
        TableView<MonthlyNotesViewModel.NoteRow> list = lookup("#notes-list").queryAs(TableView.class);
        // nothing written: refused with the reason, nothing stored
        clickOn("#notes-write");
        assertThat(textOf("#notes-error")).contains("Cần viết nội dung nhận xét");
        assertThat(list.getItems()).isEmpty();

        ComboBox<java.time.YearMonth> month = lookup("#notes-month").queryAs(ComboBox.class);
        interact(() -> month.getSelectionModel().select(java.time.YearMonth.of(2026, 9)));
        fill("#notes-draft", "Tháng 9: sổ điểm ghi đúng quy định, đủ đầu điểm thường xuyên.");
        clickOn("#notes-write");
        interact(() -> month.getSelectionModel().select(java.time.YearMonth.of(2026, 10)));
        fill("#notes-draft", "Tháng 10: cần nhập điểm giữa kì đúng hạn.");
        clickOn("#notes-write");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).extracting(MonthlyNotesViewModel.NoteRow::month)
                .containsExactly("Tháng 9/2026", "Tháng 10/2026");
        assertThat(list.getItems()).allMatch(r -> r.author().equals("Phạm Thị Hạnh"));
        interact(() -> list.getSelectionModel().select(0));
        assertThat(lookup("#notes-change").queryButton().isDisabled()).isTrue();
        assertThat(visible("#notes-closed-hint")).isTrue();
        interact(() -> list.getSelectionModel().select(1));
        assertThat(lookup("#notes-change").queryButton().isDisabled()).isFalse();
        fill("#notes-edit", "Tháng 10: cần nhập điểm giữa kì đúng hạn (đã nhắc tổ Toán).");
        clickOn("#notes-change");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems().get(1).text()).endsWith("(đã nhắc tổ Toán).");
        assertThat(list.getItems().get(0).text()).startsWith("Tháng 9: sổ điểm");
        interact(() -> list.getSelectionModel().select(0));
        Screenshots.save(stage.getScene().getRoot(), "review-notes.png");
    }
}
