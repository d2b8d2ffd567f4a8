package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.desktop.common.Background;

class IdleLockTest extends FxTestBase {

    @Test
    void locksAfterTheIdleTimeAndUnlocksOnlyWithThePassword() throws Exception {
        TestSchool.create(services());
        startApp(config(Background.direct(), Duration.ofMillis(400), false, s -> { }));
        signIn(TestSchool.PRINCIPAL, TestSchool.PASSWORD);
        awaitScreen("main");
        // waits on the condition, not a fixed sleep: the timer fires on the FX pulse
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible("#idle-lock"));
        assertThat(lookup("#nav").query().isDisabled()).isTrue();
        // locked once; a long timeout from here on so a slow machine cannot re-lock during the checks below
        interact(() -> flow.mainWindow().idleLock().timeout(Duration.ofHours(1)));

        fill("#lock-password", "sai-mat-khau");
        clickOn("#lock-unlock");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#idle-lock")).isTrue();
        assertThat(textOf("#lock-error")).isEqualTo("Mật khẩu không đúng.");

        fill("#lock-password", TestSchool.PASSWORD);
        clickOn("#lock-unlock");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#idle-lock")).isFalse();
        assertThat(lookup("#nav").query().isDisabled()).isFalse();
        assertThat(flow.screen()).isEqualTo("main");
    }

    @Test
    void tooManyWrongUnlockPasswordsEndTheSession() throws Exception {
        TestSchool.create(services());
        services().stores().settings().put(vn.sotruong.core.security.SecuritySettings.FAILURES_BEFORE_LOCK, "2");
        startApp(config(Background.direct(), Duration.ofMillis(300), false, s -> { }));
        signIn(TestSchool.PRINCIPAL, TestSchool.PASSWORD);
        awaitScreen("main");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible("#idle-lock"));
        for (int i = 0; i < 2; i++) {
            fill("#lock-password", "sai-" + i);
            clickOn("#lock-unlock");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(flow.screen()).isEqualTo("login");
    }

    @Test
    void activityKeepsTheWindowOpen() throws Exception {
        TestSchool.create(services());
        startApp(config(Background.direct(), Duration.ofHours(1), false, s -> { }));
        signIn(TestSchool.PRINCIPAL, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-home");
        assertThat(visible("#idle-lock")).isFalse();
    }
}
