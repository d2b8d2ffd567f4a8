package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.school.SchoolLevel;

class WizardTest extends FxTestBase {

    private void fillNewSchool(String name, String password, String repeat) {
        fill("#wizard-school-name", name);
        fill("#wizard-moet", "79000777");
        fill("#wizard-province", "Tỉnh Quảng Trị");
        fill("#wizard-district", "Xã Cam Lộ");
        fill("#wizard-principal", "Lê Văn Hiệu");
        fill("#wizard-admin-name", "Trần Thị Quản Trị");
        fill("#wizard-admin-login", "quantri");
        fill("#wizard-password", password);
        fill("#wizard-repeat", repeat);
    }

    @Test
    void emptyStoreOpensTheWizardWhichCreatesTheSchool() throws Exception {
        startApp(config());
        assertThat(flow.screen()).isEqualTo("wizard");
        assertThat(lookup("#wizard-year").queryComboBox().getValue()).isEqualTo("2026-2027");
        fillNewSchool("Trường THCS Cam Lộ", "QuanTri#2026", "QuanTri#2026");
        Screenshots.save(stage.getScene().getRoot(), "wizard.png");
        clickOn("#wizard-submit");
        awaitScreen("login");

        assertThat(services().setup().school().name()).isEqualTo("Trường THCS Cam Lộ");
        assertThat(services().setup().school().level()).isEqualTo(SchoolLevel.THCS);
        assertThat(services().years().currentYear().orElseThrow().label()).isEqualTo("2026-2027");
        assertThat(lookup("#login-name").queryTextInputControl().getText()).isEqualTo("quantri");
        signIn("quantri", "QuanTri#2026");
        awaitScreen("main");
        assertThat(textOf("#header-user")).isEqualTo("Trần Thị Quản Trị");
    }

    @Test
    void emptySchoolNameIsRefusedAndChangesNothing() throws Exception {
        startApp(config());
        fillNewSchool("   ", "QuanTri#2026", "QuanTri#2026");
        clickOn("#wizard-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.screen()).isEqualTo("wizard");
        assertThat(textOf("#wizard-error")).isEqualTo("Cần nhập tên trường.");
        assertThat(services().setup().isEmpty()).isTrue();
    }

    @Test
    void mismatchedPasswordsAreRefusedAndChangeNothing() throws Exception {
        startApp(config());
        fillNewSchool("Trường THCS Cam Lộ", "QuanTri#2026", "QuanTri#2027");
        clickOn("#wizard-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#wizard-error")).isEqualTo("Hai lần nhập mật khẩu mới không khớp.");
        assertThat(services().setup().isEmpty()).isTrue();
    }

    @Test
    void aRefusalLateInTheServiceLeavesTheStoreEmpty() throws Exception {
        startApp(config());
        // the school part is valid; the administrator's password is too short, checked last in the transaction
        fillNewSchool("Trường THCS Cam Lộ", "ngan", "ngan");
        clickOn("#wizard-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#wizard-error")).isEqualTo("Mật khẩu phải có ít nhất 8 ký tự.");
        assertThat(services().setup().isEmpty()).isTrue();
        assertThat(services().years().years()).isEmpty();
    }

    @Test
    void demoChoiceRunsTheSeederThenShowsSignIn() throws Exception {
        boolean[] seeded = {false};
        startApp(config(vn.sotruong.desktop.common.Background.direct(), java.time.Duration.ofHours(1), false, s -> {
            TestSchool.create(s);
            seeded[0] = true;
        }));
        clickOn("#wizard-demo");
        assertThat(visible("#wizard-new-form")).isFalse();
        clickOn("#wizard-submit");
        awaitScreen("login");
        assertThat(seeded[0]).isTrue();
    }
}
