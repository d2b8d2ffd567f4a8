package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.desktop.classes.ClassesViewModel.ClassRow;
import vn.sotruong.desktop.common.Choice;

class AssignmentsTest extends FxTestBase {

    private long yearId() {
        return services().years().currentYear().orElseThrow().id();
    }

    @SuppressWarnings("unchecked")
    private TableView<ClassRow> openClassesAs(String login) throws Exception {
        signIn(login, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-classes");
        WaitForAsyncUtils.waitForFxEvents();
        return lookup("#classes-table").queryAs(TableView.class);
    }

    private void selectClass(TableView<ClassRow> classes, String name) {
        interact(() -> classes.getSelectionModel().select(classes.getItems().stream()
                .filter(r -> r.schoolClass().name().equals(name)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void assigningATeacherWidensWhatTheTeacherSees() throws Exception {
        TestSchool.create(services());
        startApp(config());
        TableView<ClassRow> classes = openClassesAs(TestSchool.ADMIN);
        selectClass(classes, "6B");
        assertThat(textOf("#assign-editor .title-4")).isEqualTo("Phân công giảng dạy lớp 6B");
        ComboBox<Choice> toan = lookup("#assign-TOAN").queryComboBox();
        assertThat(toan.getValue()).isNull();
        long teacher = TestSchool.staffOf(services(), admin(), TestSchool.TEACHER);
        interact(() -> toan.getSelectionModel().select(Choice.find(toan.getItems(), teacher)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#assign-info")).isEqualTo("Đã phân công Toán lớp 6B cho Đỗ Minh Toàn.");
        assertThat(services().organisation().assignments(admin(), yearId()))
                .anyMatch(a -> a.staffId() == teacher && classOf(a.classId()).name().equals("6B"));
        // the grid shows the grade's subjects only, each with its periods
        assertThat(lookup("#assign-grid .combo-box").queryAll()).hasSize(13);
        assertThat(((Choice) lookup("#assign-TOAN").queryComboBox().getValue()).id()).isEqualTo(teacher);
        Screenshots.save(stage.getScene().getRoot(), "admin-assignments.png");

        clickOn("#menu-system").clickOn("#menu-signout");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ClassRow> seen = openClassesAs(TestSchool.TEACHER);
        assertThat(seen.getItems()).extracting(r -> r.schoolClass().name()).containsExactly("6A", "6B", "7A");
        assertThat(lookup("#assign-editor").tryQuery()).isEmpty();
        assertThat(lookup("#assignments-table").tryQuery()).isPresent();
    }

    @Test
    void settingTheHomeroomTeacherShowsInTheClassList() throws Exception {
        TestSchool.create(services());
        startApp(config());
        TableView<ClassRow> classes = openClassesAs(TestSchool.ADMIN);
        selectClass(classes, "7A");
        ComboBox<Choice> homeroom = lookup("#assign-homeroom").queryComboBox();
        assertThat(homeroom.getValue().isNone()).isTrue();
        long gvcn = TestSchool.staffOf(services(), admin(), TestSchool.HOMEROOM);
        interact(() -> homeroom.getSelectionModel().select(Choice.find(homeroom.getItems(), gvcn)));
        clickOn("#assign-homeroom-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services().organisation().classes(admin(), yearId()).stream()
                .filter(c -> c.name().equals("7A")).findFirst().orElseThrow().homeroomStaffId()).isEqualTo(gvcn);
        assertThat(classes.getItems().stream().filter(r -> r.schoolClass().name().equals("7A")).findFirst()
                .orElseThrow().homeroom()).isEqualTo("Vũ Thị Lan");
        assertThat(textOf("#assign-info")).isEqualTo("Đã lưu giáo viên chủ nhiệm lớp 7A: Vũ Thị Lan.");
        // the editor still shows 7A after the class list was reloaded
        assertThat(classes.getSelectionModel().getSelectedItem().schoolClass().name()).isEqualTo("7A");
    }

    @Test
    void thePrincipalKeepsTheReadOnlyAssignments() throws Exception {
        TestSchool.create(services());
        startApp(config());
        TableView<ClassRow> classes = openClassesAs(TestSchool.PRINCIPAL);
        assertThat(classes.getItems()).hasSize(3);
        assertThat(lookup("#assign-editor").tryQuery()).isEmpty();
        assertThat(lookup("#assign-homeroom").tryQuery()).isEmpty();
        assertThat(lookup("#assignments-table").tryQuery()).isPresent();
    }

    private SchoolClass classOf(long id) {
        return services().organisation().requireClass(admin(), id);
    }
}
