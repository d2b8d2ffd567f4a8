package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.school.School;
import vn.sotruong.core.security.SecuritySettings;
import vn.sotruong.desktop.app.AppConfig;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.i18n.UiText;

class SettingsPageTest extends FxTestBase {

    /** The school's own idle timeout (none forced by the test), so the setting's effect shows. */
    private AppConfig schoolIdleTimeout() {
        return new AppConfig(UiText.VIETNAMESE, false, Background.direct(), CLOCK, "test-pc", Optional.empty(),
                s -> {
                    throw new AssertionError("no demo in this test");
                }, List.of(), "");
    }

    private void openSettings() throws Exception {
        TestSchool.create(services());
        startApp(schoolIdleTimeout());
        signIn(TestSchool.ADMIN, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void securitySettingsSaveTogetherAndTheIdleLockFollowsAtTheNextSignIn() throws Exception {
        openSettings();
        assertThat(flow.mainWindow().idleLock().timeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(lookup("#setting-idleLockMinutes").queryTextInputControl().getText()).isEqualTo("10");

        // one bad value: nothing is saved, and the message names the field
        fill("#setting-idleLockMinutes", "20");
        fill("#setting-minPasswordLength", "3");
        clickOn("#settings-security-save");
        assertThat(textOf("#settings-security-error"))
                .isEqualTo("Độ dài mật khẩu tối thiểu: Giá trị phải là số nguyên từ 6 đến 64.");
        assertThat(services().settings().security()).isEqualTo(SecuritySettings.defaults());
        Screenshots.save(stage.getScene().getRoot(), "admin-settings-error.png");

        fill("#setting-minPasswordLength", "10");
        fill("#setting-passwordExpiryDays", "0");
        clickOn("#settings-security-save");
        WaitForAsyncUtils.waitForFxEvents();
        SecuritySettings now = services().settings().security();
        assertThat(now.idleLockMinutes()).isEqualTo(20);
        assertThat(now.minPasswordLength()).isEqualTo(10);
        assertThat(now.passwordExpiryDays()).isZero();
        assertThat(now.lockMinutes()).isEqualTo(15);
        assertThat(textOf("#settings-info")).isEqualTo("Đã lưu cài đặt bảo mật.");
        assertThat(visible("#settings-security-error")).isFalse();
        Screenshots.save(stage.getScene().getRoot(), "admin-settings.png");

        clickOn("#menu-system").clickOn("#menu-signout");
        WaitForAsyncUtils.waitForFxEvents();
        signIn(TestSchool.ADMIN, TestSchool.PASSWORD);
        awaitScreen("main");
        assertThat(flow.mainWindow().idleLock().timeout()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void theSchoolProfileIsSavedAndAnEmptyNameIsRefused() throws Exception {
        openSettings();
        School before = services().setup().school();
        fill("#settings-name", " ");
        clickOn("#settings-profile-save");
        assertThat(textOf("#settings-profile-error")).isEqualTo("Cần nhập tên trường.");
        fill("#settings-name", "Trường THCS Nguyễn Du");
        fill("#settings-moet", "79-001");
        clickOn("#settings-profile-save");
        assertThat(textOf("#settings-profile-error")).isEqualTo("Mã trường chỉ gồm chữ và số (2–20 ký tự).");
        assertThat(services().setup().school()).isEqualTo(before);

        fill("#settings-moet", "79000999");
        fill("#settings-principal", "Lê Văn Hiệu");
        clickOn("#settings-profile-save");
        WaitForAsyncUtils.waitForFxEvents();
        School after = services().setup().school();
        assertThat(after.moetCode()).isEqualTo("79000999");
        assertThat(after.principalName()).isEqualTo("Lê Văn Hiệu");
        assertThat(after.level()).isEqualTo(before.level());
        assertThat(textOf("#settings-info")).isEqualTo("Đã lưu hồ sơ trường.");
    }

    @Test
    void onlyTheAdministratorHasSettings() throws Exception {
        TestSchool.create(services());
        startApp(config());
        signIn(TestSchool.PRINCIPAL, TestSchool.PASSWORD);
        awaitScreen("main");
        assertThat(lookup("#nav-settings").tryQuery()).isEmpty();
    }

    @Test
    void theAttendanceSessionsAreASchoolSettingOfOneOrTwo() throws Exception {
        openSettings();
        interact(() -> lookup("#settings-page").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        assertThat(lookup("#setting-sessions").queryTextInputControl().getText()).isEqualTo("1");

        fill("#setting-sessions", "3");
        clickOn("#settings-attendance-save");
        assertThat(textOf("#settings-attendance-error"))
                .isEqualTo("Số buổi học mỗi ngày: Giá trị phải là số nguyên từ 1 đến 2.");
        assertThat(services().settings().attendanceSessions()).isEqualTo(1);

        fill("#setting-sessions", "2");
        clickOn("#settings-attendance-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services().settings().attendanceSessions()).isEqualTo(2);
        assertThat(services().attendance().sessions()).hasSize(2);
        assertThat(textOf("#settings-info")).isEqualTo("Đã lưu cài đặt điểm danh.");
        assertThat(visible("#settings-attendance-error")).isFalse();
        Screenshots.save(stage.getScene().getRoot(), "admin-settings-attendance.png");
    }
}
