package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.security.Account;
import vn.sotruong.core.security.Role;
import vn.sotruong.desktop.accounts.AccountsViewModel.Row;

class AccountsPageTest extends FxTestBase {

    @SuppressWarnings("unchecked")
    private TableView<Row> openAccounts() throws Exception {
        TestSchool.create(services());
        startApp(config());
        signIn(TestSchool.ADMIN, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-accounts");
        WaitForAsyncUtils.waitForFxEvents();
        return lookup("#accounts-table").queryAs(TableView.class);
    }

    private void select(TableView<Row> table, String login) {
        interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.account().login().equals(login)).findFirst().orElseThrow()));
    }

    @Test
    void addsAPersonWhoMustChangeThePassword() throws Exception {
        TableView<Row> table = openAccounts();
        assertThat(table.getItems()).hasSize(4);
        clickOn("#accounts-add");
        WaitForAsyncUtils.waitForFxEvents();
        fill("#person-name", "Ngô Thị Y Tế");
        fill("#person-login", "yte");
        clickOn("#role-y-te");
        fill("#person-password", "TamThoi#2026");
        fill("#person-repeat", "TamThoi#2027");
        clickOn("#account-save");
        assertThat(textOf("#account-error")).isEqualTo("Hai lần nhập mật khẩu mới không khớp.");
        fill("#person-repeat", "TamThoi#2026");
        clickOn("#account-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#person-name").tryQuery()).isEmpty();
        assertThat(table.getItems()).hasSize(5);
        Account yte = services().accounts().accounts(admin()).stream().filter(a -> a.login().equals("yte"))
                .findFirst().orElseThrow();
        assertThat(yte.roles()).containsExactly(Role.Y_TE);
        assertThat(yte.mustChangePassword()).isTrue();
        assertThat(textOf("#accounts-info")).isEqualTo("Đã thêm Ngô Thị Y Tế.");
    }

    @Test
    void theLastAdministratorCannotBeDeactivated() throws Exception {
        TableView<Row> table = openAccounts();
        select(table, TestSchool.ADMIN);
        clickOn("#accounts-deactivate");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> "Ngừng hoạt động".equals(b.getText())).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#accounts-error")).isEqualTo("Không thể bỏ quyền hoặc khóa quản trị viên cuối cùng của trường.");
        assertThat(services().accounts().accounts(admin()).stream().filter(a -> a.login().equals(TestSchool.ADMIN))
                .findFirst().orElseThrow().active()).isTrue();
    }

    @Test
    void resetsAPasswordAndChangesRoles() throws Exception {
        TableView<Row> table = openAccounts();
        select(table, TestSchool.TEACHER);
        clickOn("#accounts-reset");
        WaitForAsyncUtils.waitForFxEvents();
        fill("#reset-password", "DatLai#2026");
        fill("#reset-repeat", "DatLai#2026");
        clickOn("#account-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services().auth().login(TestSchool.TEACHER, "DatLai#2026".toCharArray(), "t").changeDue())
                .isPresent();

        select(table, TestSchool.TEACHER);
        clickOn("#accounts-roles");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#role-to-truong");
        clickOn("#account-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services().accounts().accounts(admin()).stream().filter(a -> a.login().equals(TestSchool.TEACHER))
                .findFirst().orElseThrow().roles()).containsExactlyInAnyOrder(Role.GVBM, Role.TO_TRUONG);
    }

    @Test
    void aLockedLoginShowsAndCanBeUnlocked() throws Exception {
        TestSchool.create(services());
        services().stores().settings().put(vn.sotruong.core.security.SecuritySettings.FAILURES_BEFORE_DELAY, "100");
        services().stores().settings().put(vn.sotruong.core.security.SecuritySettings.FAILURES_BEFORE_LOCK, "2");
        for (int i = 0; i < 2; i++) {
            try {
                services().auth().login(TestSchool.HOMEROOM, "sai".toCharArray(), "t");
            } catch (vn.sotruong.core.common.DomainException expected) {
                // the failures are what locks the login
            }
        }
        startApp(config());
        signIn(TestSchool.ADMIN, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-accounts");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Row> table = lookup("#accounts-table").queryAs(TableView.class);
        Row locked = table.getItems().stream().filter(r -> r.account().login().equals(TestSchool.HOMEROOM))
                .findFirst().orElseThrow();
        assertThat(locked.locked()).isTrue();
        select(table, TestSchool.HOMEROOM);
        clickOn("#accounts-unlock");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().stream().filter(r -> r.account().login().equals(TestSchool.HOMEROOM))
                .findFirst().orElseThrow().locked()).isFalse();
        assertThat(services().auth().login(TestSchool.HOMEROOM, TestSchool.PASSWORD.toCharArray(), "t").actor())
                .isNotNull();
    }
}
