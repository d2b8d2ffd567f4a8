package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.desktop.app.LaunchOptions;
import vn.sotruong.desktop.i18n.UiText;

class StartupTest extends FxTestBase {

    @Test
    void aStoreInUseGivesATranslatedMessageAndEndsTheApp() throws Exception {
        AtomicBoolean exited = new AtomicBoolean();
        // the base class holds the store open: a second app on the same folder must be refused
        SoTruongApp app = (SoTruongApp) FxToolkit.setupApplication(
                () -> new SoTruongApp(() -> exited.set(true), List.of("--data", dataDir.toString())));
        WaitForAsyncUtils.waitForFxEvents();
        String message = WaitForAsyncUtils.asyncFx(() -> app.failureAlert().getContentText()).get();
        assertThat(message).contains("đang được một phiên Sổ Trường khác sử dụng");
        assertThat(message).doesNotContain("Exception");
        clickOn("Đóng");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exited).isTrue();
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void badOptionsAreExplainedInTheChosenLanguage() throws Exception {
        AtomicBoolean exited = new AtomicBoolean();
        SoTruongApp app = (SoTruongApp) FxToolkit.setupApplication(
                () -> new SoTruongApp(() -> exited.set(true), List.of("--lang", "en", "--colour")));
        WaitForAsyncUtils.waitForFxEvents();
        String message = WaitForAsyncUtils.asyncFx(() -> app.failureAlert().getContentText()).get();
        assertThat(message).startsWith("Unknown option: --colour.");
        clickOn("Close");
        assertThat(exited).isTrue();
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void optionsParse() {
        LaunchOptions o = LaunchOptions.parse(List.of("--data", "/tmp/x", "--demo", "--lang", "en"));
        assertThat(o.dataDir()).contains(java.nio.file.Path.of("/tmp/x"));
        assertThat(o.demo()).isTrue();
        assertThat(o.locale()).isEqualTo(UiText.ENGLISH);
        LaunchOptions d = LaunchOptions.parse(List.of("--data=/tmp/y"));
        assertThat(d.dataDir()).contains(java.nio.file.Path.of("/tmp/y"));
        assertThat(d.demo()).isFalse();
        assertThat(d.locale()).isEqualTo(UiText.VIETNAMESE);
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--lang", "fr")))
                .isInstanceOf(DomainException.class).hasMessage("desktop.langInvalid");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--data")))
                .isInstanceOf(DomainException.class).hasMessage("desktop.optionValueMissing");
    }
}
