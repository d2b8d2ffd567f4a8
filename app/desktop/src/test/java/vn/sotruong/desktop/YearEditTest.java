package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.year.TeachingWeek;
import vn.sotruong.core.year.Term;

class YearEditTest extends FxTestBase {

    private long yearId() {
        return services().years().currentYear().orElseThrow().id();
    }

    private void openYearPageAs(String login) throws Exception {
        TestSchool.create(services());
        startApp(config());
        signIn(login, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-year");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void editTerm(int index) {
        TableView<Term> terms = lookup("#year-terms").queryAs(TableView.class);
        interact(() -> terms.getSelectionModel().select(index));
        clickOn("#term-edit");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void startDate(String text) {
        interact(() -> lookup("#term-form-start").queryAs(DatePicker.class).getEditor().setText(text));
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingTheWeeksOfTermTwoRenumbersTheYear() throws Exception {
        openYearPageAs(TestSchool.ADMIN);
        TableView<TeachingWeek> weeks = lookup("#year-weeks").queryAs(TableView.class);
        assertThat(weeks.getItems()).hasSize(35);
        assertThat(textOf("#year-total-weeks")).isEqualTo("Tổng cộng 35 tuần học.");
        List<Term> before = services().years().terms(yearId());

        editTerm(1);
        fill("#term-form-weeks", "0");
        clickOn("#term-form-save");
        assertThat(textOf("#term-form-error")).isEqualTo("Số tuần học không hợp lệ.");
        fill("#term-form-weeks", "mười");
        clickOn("#term-form-save");
        assertThat(textOf("#term-form-error")).isEqualTo("Số tuần học không hợp lệ.");
        fill("#term-form-weeks", "17");
        startDate("01/12/2026");
        clickOn("#term-form-save");
        assertThat(textOf("#term-form-error")).isEqualTo("Học kì II phải bắt đầu sau khi học kì I kết thúc.");
        assertThat(services().years().terms(yearId())).isEqualTo(before);
        assertThat(services().years().weeks(yearId())).hasSize(35);
        Screenshots.save(lookup("#term-form-save").query().getScene().getRoot(), "year-terms-form.png");

        startDate(UiDates.format(before.get(1).start()));
        fill("#term-form-weeks", "16");
        clickOn("#term-form-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#term-form-weeks").tryQuery()).isEmpty();
        assertThat(services().years().weeks(yearId())).hasSize(34);
        assertThat(weeks.getItems()).hasSize(34);
        assertThat(textOf("#year-total-weeks")).isEqualTo("Tổng cộng 34 tuần học.");
        Term term2 = services().years().terms(yearId()).get(1);
        assertThat(term2.teachingWeeks()).isEqualTo(16);
        assertThat(term2.end()).isBefore(before.get(1).end());
        TableView<Term> terms = lookup("#year-terms").queryAs(TableView.class);
        assertThat(terms.getItems().get(1).end()).isEqualTo(term2.end());
        assertThat(textOf("#year-info")).isEqualTo("Đã lưu Học kì II; các tuần học đã được tính lại.");
        Screenshots.save(stage.getScene().getRoot(), "year-terms-edit.png");
    }

    @Test
    @SuppressWarnings("unchecked")
    void editingASubjectsPeriodsAndForm() throws Exception {
        openYearPageAs(TestSchool.ADMIN);
        clickOn("#year-tab-subjects .tab-label");
        TableView<Subject> subjects = lookup("#year-subjects").queryAs(TableView.class);
        Subject toan = subjects.getItems().stream().filter(s -> s.code().equals("TOAN")).findFirst().orElseThrow();
        interact(() -> subjects.getSelectionModel().select(toan));
        clickOn("#subject-edit");
        WaitForAsyncUtils.waitForFxEvents();
        fill("#subject-form-grade-6", "0");
        clickOn("#subject-form-save");
        assertThat(textOf("#subject-form-error")).isEqualTo("Số tiết mỗi năm không hợp lệ.");
        fill("#subject-form-grade-6", "nhiều");
        clickOn("#subject-form-save");
        assertThat(textOf("#subject-form-error")).isEqualTo("Số tiết mỗi năm không hợp lệ.");
        assertThat(find("TOAN")).isEqualTo(toan);
        Screenshots.save(lookup("#subject-form-save").query().getScene().getRoot(), "year-subject-form.png");

        fill("#subject-form-grade-6", "145");
        interact(() -> lookup("#subject-form-kind").queryComboBox().getSelectionModel()
                .select(vn.sotruong.core.curriculum.AssessmentForm.COMMENT));
        clickOn("#subject-form-save");
        WaitForAsyncUtils.waitForFxEvents();
        Subject after = find("TOAN");
        assertThat(after.periodsPerGrade()).containsEntry(6, 145).containsEntry(7, toan.periodsPerGrade().get(7));
        assertThat(after.form()).isEqualTo(vn.sotruong.core.curriculum.AssessmentForm.COMMENT);
        assertThat(subjects.getItems().stream().filter(s -> s.code().equals("TOAN")).findFirst().orElseThrow())
                .isEqualTo(after);
    }

    @Test
    void aPrincipalHasNoYearEditing() throws Exception {
        TestSchool.create(services());
        startApp(config());
        signIn(TestSchool.PRINCIPAL, TestSchool.PASSWORD);
        awaitScreen("main");
        assertThat(lookup("#nav-year").tryQuery()).isEmpty();
        assertThat(List.copyOf(Window.getWindows())).hasSize(1);
    }

    private Subject find(String code) {
        return services().years().subjects(yearId()).stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow();
    }

    /** dd/MM/yyyy as the form's date field takes it. */
    private static final class UiDates {
        static String format(LocalDate d) {
            return vn.sotruong.desktop.i18n.UiText.dateFormat().format(d);
        }
    }
}
