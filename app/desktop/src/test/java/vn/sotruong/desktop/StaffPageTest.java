package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.organisation.Department;
import vn.sotruong.core.organisation.StaffMember;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.staff.StaffViewModel.DepartmentRow;
import vn.sotruong.desktop.staff.StaffViewModel.StaffRow;

class StaffPageTest extends FxTestBase {

    private void openAs(String login) throws Exception {
        TestSchool.create(services());
        startApp(config());
        signIn(login, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-staff");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private StaffMember member(String login) {
        long id = TestSchool.staffOf(services(), admin(), login);
        return services().organisation().staff(admin()).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminAddsADepartmentNamesItsHeadAndRefusesADuplicate() throws Exception {
        openAs(TestSchool.ADMIN);
        TableView<DepartmentRow> departments = lookup("#departments-table").queryAs(TableView.class);
        assertThat(departments.getItems()).isEmpty();
        fill("#department-name", "Tổ Toán – Tin");
        clickOn("#department-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services().organisation().departments()).extracting(Department::name).containsExactly("Tổ Toán – Tin");
        assertThat(textOf("#staff-info")).isEqualTo("Đã thêm Tổ Toán – Tin.");

        fill("#department-name", "tổ toán – tin");
        clickOn("#department-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#staff-error")).isEqualTo("Tổ chuyên môn tổ toán – tin đã có.");
        assertThat(services().organisation().departments()).hasSize(1);

        interact(() -> departments.getSelectionModel().select(0));
        ComboBox<Choice> head = lookup("#department-head").queryComboBox();
        long teacher = TestSchool.staffOf(services(), admin(), TestSchool.TEACHER);
        interact(() -> head.getSelectionModel().select(Choice.find(head.getItems(), teacher)));
        clickOn("#department-head-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services().organisation().departments().getFirst().headStaffId()).isEqualTo(teacher);
        assertThat(departments.getItems().getFirst().head()).isEqualTo("Đỗ Minh Toàn");
        Screenshots.save(stage.getScene().getRoot(), "admin-staff.png");

        // "none" clears the head again
        interact(() -> head.getSelectionModel().select(0));
        clickOn("#department-head-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services().organisation().departments().getFirst().headStaffId()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminEditsAStaffMemberAndABadPhoneChangesNothing() throws Exception {
        openAs(TestSchool.ADMIN);
        long dept = services().organisation().addDepartment(admin(), "Tổ Khoa học tự nhiên");
        interact(() -> flow.mainWindow().open(vn.sotruong.desktop.shell.NavItem.HOME));
        clickOn("#nav-staff");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<StaffRow> table = lookup("#staff-table").queryAs(TableView.class);
        StaffRow row = table.getItems().stream().filter(r -> r.login().equals(TestSchool.TEACHER)).findFirst()
                .orElseThrow();
        StaffMember before = member(TestSchool.TEACHER);
        interact(() -> table.getSelectionModel().select(row));
        clickOn("#staff-edit");
        WaitForAsyncUtils.waitForFxEvents();
        fill("#staff-form-position", "Giáo viên Toán");
        fill("#staff-form-phone", "09 abc");
        clickOn("#staff-form-save");
        assertThat(textOf("#staff-form-error")).isEqualTo("Số điện thoại chỉ gồm chữ số (8–15 số), có thể bắt đầu bằng dấu +.");
        assertThat(member(TestSchool.TEACHER)).isEqualTo(before);

        fill("#staff-form-phone", "0903 123 456");
        ComboBox<Choice> department = lookup("#staff-form-department").queryComboBox();
        interact(() -> department.getSelectionModel().select(Choice.find(department.getItems(), dept)));
        clickOn("#staff-form-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#staff-form-position").tryQuery()).isEmpty();
        StaffMember after = member(TestSchool.TEACHER);
        assertThat(after.position()).isEqualTo("Giáo viên Toán");
        assertThat(after.phone()).isEqualTo("0903123456");
        assertThat(after.departmentId()).isEqualTo(dept);
        assertThat(table.getItems().stream().filter(r -> r.login().equals(TestSchool.TEACHER)).findFirst()
                .orElseThrow().department()).isEqualTo("Tổ Khoa học tự nhiên");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePrincipalReadsTheStaffListButCannotChangeIt() throws Exception {
        openAs(TestSchool.PRINCIPAL);
        TableView<StaffRow> table = lookup("#staff-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(StaffRow::login)
                .contains(TestSchool.ADMIN, TestSchool.PRINCIPAL, TestSchool.TEACHER, TestSchool.HOMEROOM);
        assertThat(lookup("#department-add").tryQuery()).isEmpty();
        assertThat(lookup("#department-head").tryQuery()).isEmpty();
        assertThat(lookup("#staff-edit").tryQuery()).isEmpty();
    }

    @Test
    void aSubjectTeacherHasNoStaffPage() throws Exception {
        TestSchool.create(services());
        startApp(config());
        signIn(TestSchool.TEACHER, TestSchool.PASSWORD);
        awaitScreen("main");
        assertThat(lookup("#nav-staff").tryQuery()).isEmpty();
        assertThat(lookup("#nav-settings").tryQuery()).isEmpty();
    }
}
