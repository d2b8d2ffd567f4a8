package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.WindowEvent;
import org.testfx.util.WaitForAsyncUtils;

/** The "Còn ô chưa lưu" question a workstation asks before leaving (tests): closing the window, answering "Ở lại". */
final class LeaveQuestion {
    private LeaveQuestion() {
    }

    /** Asks the window to close, as its close button does. */
    static void requestClose(FxTestBase t) {
        t.interact(() -> t.stage.fireEvent(new WindowEvent(t.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** "Ở lại": the question closes and the workstation window stays as it was. */
    static void stay(FxTestBase t) {
        t.clickOn("#unsent-stay");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.flow.unsentDialog()).isNull();
        assertThat(t.stage.isShowing()).isTrue();
        assertThat(t.flow.screen()).isEqualTo("ws-main");
    }
}
