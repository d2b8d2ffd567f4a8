package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.CheckBox;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.security.PermissionMatrix;
import vn.sotruong.core.security.Role;

class PermissionsPageTest extends FxTestBase {

    private Actor signIn(String login) {
        return services().auth().login(login, TestSchool.PASSWORD.toCharArray(), "t").actor();
    }

    private void openAsAdmin() throws Exception {
        TestSchool.create(services());
        startApp(config());
        signIn(TestSchool.ADMIN, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-permissions");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theAdministratorGrantsAPermissionAndTheTeacherHasItAtTheNextSignIn() throws Exception {
        openAsAdmin();
        assertThat(signIn(TestSchool.TEACHER).has(Permission.REGISTERS_PRINT)).isFalse();
        CheckBox box = lookup("#perm-gvbm-REGISTERS_PRINT").queryAs(CheckBox.class);
        assertThat(box.isSelected()).isFalse();
        clickOn(box);
        clickOn("#permissions-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#permissions-info")).isEqualTo("Đã lưu bảng phân quyền.");
        assertThat(signIn(TestSchool.TEACHER).has(Permission.REGISTERS_PRINT)).isTrue();
        Screenshots.save(lookup("#permissions-page").query().getScene().getRoot(), "admin-permissions.png");
    }

    @Test
    void takingAwayTheAdministratorsOwnRightsIsRefusedAndNothingChanges() throws Exception {
        openAsAdmin();
        clickOn("#perm-quan-tri-ACCOUNTS_MANAGE");
        clickOn("#permissions-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#permissions-error"))
                .isEqualTo("Vai trò Quản trị hệ thống phải giữ quyền quản lý tài khoản và phân quyền.");
        assertThat(services().accounts().permissionMatrix(signIn(TestSchool.ADMIN)).asMap())
                .isEqualTo(PermissionMatrix.defaults().asMap());
    }

    @Test
    void defaultsAreShownFirstAndOnlySavedOnRequest() throws Exception {
        openAsAdmin();
        clickOn("#perm-gvbm-GRADES_ENTER_OWN");
        clickOn("#permissions-defaults");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#perm-gvbm-GRADES_ENTER_OWN").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(lookup("#perm-hieu-truong-RESULTS_APPROVE").queryAs(CheckBox.class).isSelected()).isTrue();
        // unticked and re-ticked on screen, never saved: the stored matrix is untouched
        assertThat(signIn(TestSchool.TEACHER).has(Permission.GRADES_ENTER_OWN)).isTrue();
        assertThat(signIn(TestSchool.TEACHER).roles()).containsExactly(Role.GVBM);
    }
}
