package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.Role;
import vn.sotruong.desktop.shell.NavItem;

class PasswordChangeTest extends FxTestBase {

    @Test
    void aNewAccountMustChangeItsPasswordBeforeTheMainWindow() throws Exception {
        TestSchool.create(services());
        Actor admin = services().auth().login(TestSchool.ADMIN, TestSchool.PASSWORD.toCharArray(), "t").actor();
        services().accounts().addPerson(admin, new NewPerson("Hoàng Văn Mới", "gv.moi", Set.of(Role.GVBM), null, null,
                "TamThoi#2026".toCharArray()));
        startApp(config());
        signIn("gv.moi", "TamThoi#2026");
        assertThat(flow.screen()).isEqualTo("password");
        assertThat(textOf("#password-reason")).startsWith("Đây là lần đăng nhập đầu tiên");

        fill("#password-current", "TamThoi#2026");
        fill("#password-new", "GiaoVien#2026");
        fill("#password-repeat", "GiaoVien#2027");
        clickOn("#password-submit");
        assertThat(textOf("#password-error")).isEqualTo("Hai lần nhập mật khẩu mới không khớp.");

        fill("#password-new", "ngan");
        fill("#password-repeat", "ngan");
        clickOn("#password-submit");
        assertThat(textOf("#password-error")).isEqualTo("Mật khẩu phải có ít nhất 8 ký tự.");

        fill("#password-new", "TamThoi#2026");
        fill("#password-repeat", "TamThoi#2026");
        clickOn("#password-submit");
        assertThat(textOf("#password-error")).isEqualTo("Mật khẩu mới phải khác mật khẩu hiện tại.");
        assertThat(flow.screen()).isEqualTo("password");

        fill("#password-new", "GiaoVien#2026");
        fill("#password-repeat", "GiaoVien#2026");
        clickOn("#password-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.screen()).isEqualTo("main");
        // the actor returned by the service carries the full permissions
        assertThat(navItems()).containsExactly(NavItem.HOME, NavItem.CLASSES, NavItem.PUPILS, NavItem.ATTENDANCE,
                NavItem.GRADEBOOK, NavItem.CORRECTIONS, NavItem.SIGNING);
        assertThat(services().auth().login("gv.moi", "GiaoVien#2026".toCharArray(), "t").changeDue()).isEmpty();
    }

    @Test
    void escapeOnTheForcedChangeSignsOut() throws Exception {
        TestSchool.create(services());
        Actor admin = services().auth().login(TestSchool.ADMIN, TestSchool.PASSWORD.toCharArray(), "t").actor();
        services().accounts().addPerson(admin, new NewPerson("Hoàng Văn Mới", "gv.moi", Set.of(Role.GVBM), null, null,
                "TamThoi#2026".toCharArray()));
        startApp(config());
        signIn("gv.moi", "TamThoi#2026");
        assertThat(flow.screen()).isEqualTo("password");
        type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.screen()).isEqualTo("login");
    }

    @Test
    void ownPasswordChangeFromTheMenu() throws Exception {
        TestSchool.create(services());
        startApp(config());
        signIn(TestSchool.PRINCIPAL, TestSchool.PASSWORD);
        clickOn("#menu-system").clickOn("#menu-password");
        WaitForAsyncUtils.waitForFxEvents();
        fill("#password-current", "sai-mat-khau");
        fill("#password-new", "HieuTruong#2027");
        fill("#password-repeat", "HieuTruong#2027");
        clickOn("#password-submit");
        assertThat(textOf("#password-error")).isEqualTo("Mật khẩu hiện tại không đúng.");
        fill("#password-current", TestSchool.PASSWORD);
        clickOn("#password-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#password-change").tryQuery()).isEmpty();
        assertThat(services().auth().confirmPassword(
                services().auth().login(TestSchool.PRINCIPAL, "HieuTruong#2027".toCharArray(), "t").actor(),
                "HieuTruong#2027".toCharArray())).isTrue();
    }
}
