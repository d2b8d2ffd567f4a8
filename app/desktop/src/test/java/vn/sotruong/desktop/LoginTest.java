package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.security.SecuritySettings;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.shell.NavItem;

class LoginTest extends FxTestBase {

    @Test
    void signsInWithTheRightPasswordOnTheRealBackgroundThread() throws Exception {
        TestSchool.create(services());
        startApp(config(Background.fx(), Duration.ofHours(1), false, s -> { }));
        assertThat(flow.screen()).isEqualTo("login");
        assertThat(textOf("#login-school")).isEqualTo("Trường THCS Nguyễn Du");
        Screenshots.save(stage.getScene().getRoot(), "login.png");

        typeSignIn(TestSchool.ADMIN, TestSchool.PASSWORD);
        awaitScreen("main");
        assertThat(textOf("#header-user")).isEqualTo("Nguyễn Văn Quản");
        assertThat(textOf("#header-roles")).isEqualTo("Quản trị hệ thống");
        assertThat(navItems()).startsWith(NavItem.HOME);
    }

    @Test
    void wrongPasswordIsTranslatedAndSaysNothingAboutTheLogin() throws Exception {
        TestSchool.create(services());
        startApp(config());
        signIn(TestSchool.ADMIN, "sai-mat-khau");
        assertThat(flow.screen()).isEqualTo("login");
        assertThat(textOf("#login-error")).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(lookup("#login-password").queryTextInputControl().getText()).isEmpty();

        signIn("khong.ton.tai", "sai-mat-khau");
        assertThat(textOf("#login-error")).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void repeatedFailuresMakeTheNextAttemptWait() throws Exception {
        TestSchool.create(services());
        startApp(config());
        int delayAfter = services().auth().securitySettings().failuresBeforeDelay();
        for (int i = 0; i < delayAfter; i++) {
            signIn(TestSchool.ADMIN, "sai-" + i);
        }
        // the clock is fixed, so the first delay has certainly not passed yet
        signIn(TestSchool.ADMIN, TestSchool.PASSWORD);
        assertThat(flow.screen()).isEqualTo("login");
        assertThat(textOf("#login-error")).startsWith("Đăng nhập sai nhiều lần. Vui lòng đợi ").endsWith(" giây rồi thử lại.");
    }

    @Test
    void lockoutAfterTheSchoolsLimitRefusesEvenTheRightPassword() throws Exception {
        TestSchool.create(services());
        // no waiting between attempts, so the lock is what stops them (a real setting in the real store)
        services().stores().settings().put(SecuritySettings.FAILURES_BEFORE_DELAY, "100");
        services().stores().settings().put(SecuritySettings.FAILURES_BEFORE_LOCK, "4");
        startApp(config());
        for (int i = 0; i < 3; i++) {
            signIn(TestSchool.TEACHER, "sai-" + i);
            assertThat(textOf("#login-error")).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        }
        signIn(TestSchool.TEACHER, "sai-3");
        assertThat(textOf("#login-error")).startsWith("Tài khoản tạm khóa do đăng nhập sai nhiều lần.");
        signIn(TestSchool.TEACHER, TestSchool.PASSWORD);
        assertThat(flow.screen()).isEqualTo("login");
        assertThat(textOf("#login-error")).contains("tạm khóa").contains("phút");
    }

    @Test
    void enterSubmitsAndTheButtonWaitsForBothFields() throws Exception {
        TestSchool.create(services());
        startApp(config());
        assertThat(lookup("#login-submit").queryButton().isDisabled()).isTrue();
        clickOn("#login-name").write(TestSchool.PRINCIPAL);
        assertThat(lookup("#login-submit").queryButton().isDisabled()).isTrue();
        clickOn("#login-password").write(TestSchool.PASSWORD);
        assertThat(lookup("#login-submit").queryButton().isDisabled()).isFalse();
        type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "main".equals(flow.screen()));
    }
}
