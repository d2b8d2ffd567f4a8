package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
        schoolWithScores();
        startApp(config());
        signIn(TestSchool.PRINCIPAL, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-review");
        WaitForAsyncUtils.waitForFxEvents();

        ComboBox<Choice> subject = lookup("#review-subject").queryAs(ComboBox.class);
        interact(() -> subject.getSelectionModel().select(subject.getItems().stream()
                .filter(c -> c.label().startsWith("TOAN")).findFirst().orElseThrow()));
        ComboBox<Choice> cls = lookup("#review-class").queryAs(ComboBox.class);
        interact(() -> cls.getSelectionModel().select(cls.getItems().stream()
                .filter(c -> c.label().equals("6D")).findFirst().orElseThrow()));
        clickOn("#review-show");
        WaitForAsyncUtils.waitForFxEvents();
        String stats = lookup("#review-stats").queryAs(Label.class).getText();
        assertThat(stats).contains("Số học sinh: 5", "Trung vị: 9,00", "Từ 9,0: 80,0%");

        clickOn("#review-scan");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<FindingRow> findings = lookup("#review-findings").queryAs(TableView.class);
        assertThat(findings.getItems()).extracting(FindingRow::scope).contains("6D · TOAN");
        assertThat(findings.getItems()).filteredOn(f -> f.scope().equals("6D · TOAN")).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("Lớp 6D", "trung vị 9,0 so với 6,0"));
        Screenshots.save(stage.getScene().getRoot(), "review-distribution.png");
    }

    @Test
    void aTeacherDoesNotGetTheReviewPage() throws Exception {
        schoolWithScores();
        startApp(config());
        signIn(TestSchool.TEACHER, TestSchool.PASSWORD);
        awaitScreen("main");
        assertThat(lookup("#nav-review").tryQuery()).isEmpty();
    }
}
