package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.year.CalendarDay;
import vn.sotruong.core.year.DayKind;
import vn.sotruong.core.year.TeachingWeek;

class YearPageTest extends FxTestBase {

    private long yearId() {
        return services().years().currentYear().orElseThrow().id();
    }

    private void openYearPage() throws Exception {
        TestSchool.create(services());
        startApp(config());
        signIn(TestSchool.ADMIN, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-year");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTermsThe35WeeksAndTheSubjects() throws Exception {
        openYearPage();
        TableView<TeachingWeek> weeks = lookup("#year-weeks").queryAs(TableView.class);
        assertThat(weeks.getItems()).hasSize(35);
        assertThat(weeks.getItems().getFirst().monday()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(lookup("#year-terms").queryAs(TableView.class).getItems()).hasSize(2);
        clickOn("#year-tab-subjects .tab-label");
        TableView<Subject> subjects = lookup("#year-subjects").queryAs(TableView.class);
        assertThat(subjects.getItems()).extracting(Subject::code).contains("TOAN", "NGUVAN", "KHTN");
        // code, name, form, then one column per grade 6–9
        assertThat(subjects.getColumns()).hasSize(7);
    }

    @Test
    @SuppressWarnings("unchecked")
    void addsEditsAndRemovesADayOffThroughTheForm() throws Exception {
        openYearPage();
        clickOn("#year-tab-calendar .tab-label");
        TableView<CalendarDay> days = lookup("#year-calendar").queryAs(TableView.class);
        int before = days.getItems().size();
        Screenshots.save(stage.getScene().getRoot(), "year-calendar.png");

        clickOn("#calendar-add");
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> lookup("#holiday-date").queryAs(javafx.scene.control.DatePicker.class).getEditor()
                .setText("20/11/2026"));
        clickOn("#holiday-save");
        assertThat(textOf("#holiday-error")).isEqualTo("Cần nhập tên ngày nghỉ.");
        fill("#holiday-name", "Ngày Nhà giáo Việt Nam");
        clickOn("#holiday-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#holiday-date").tryQuery()).isEmpty();
        assertThat(days.getItems()).hasSize(before + 1);
        assertThat(services().years().calendar(yearId()).entries())
                .contains(new CalendarDay(LocalDate.of(2026, 11, 20), DayKind.HOLIDAY, "Ngày Nhà giáo Việt Nam"));

        // a make-up working day must fall on a weekend: refused with a message, nothing saved
        interact(() -> days.getSelectionModel().select(days.getItems().stream()
                .filter(d -> d.date().equals(LocalDate.of(2026, 11, 20))).findFirst().orElseThrow()));
        clickOn("#calendar-edit");
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> lookup("#holiday-kind").queryComboBox().getSelectionModel().select(DayKind.MAKEUP_WORKDAY));
        clickOn("#holiday-save");
        assertThat(textOf("#holiday-error")).isEqualTo("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
        type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        interact(() -> days.getSelectionModel().select(days.getItems().stream()
                .filter(d -> d.date().equals(LocalDate.of(2026, 11, 20))).findFirst().orElseThrow()));
        clickOn("#calendar-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(days.getItems()).hasSize(before);
        assertThat(services().years().calendar(yearId()).entries()).extracting(CalendarDay::date)
                .doesNotContain(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aPrincipalCannotOpenTheYearPage() throws Exception {
        TestSchool.create(services());
        startApp(config());
        signIn(TestSchool.PRINCIPAL, TestSchool.PASSWORD);
        awaitScreen("main");
        assertThat(lookup("#nav-year").tryQuery()).isEmpty();
    }
}
