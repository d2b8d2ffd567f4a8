package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.core.security.Actor;
import vn.sotruong.desktop.common.Background;

/**
 * A whole-school print on the In sổ page runs off the FX thread with a real progress bar (classes done / total and
 * the class now) and "Dừng in": stopped half-way it leaves no PDF, no partial file and no ledger line.
 */
class RegistersCancelTest extends FxTestBase {
    private static final String CLERK = TestSchool.CLERK;

    private void schoolOfManyClasses() {
        TestSchool.createWithClerk(services());
        Actor admin = admin();
        long year = services().years().currentYear().orElseThrow().id();
        for (int grade = 8; grade <= 9; grade++) {
            for (char c = 'A'; c <= 'L'; c++) {
                services().organisation().addClass(admin, year, grade, grade + String.valueOf(c), null);
            }
        }
    }

    private String label(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }

    private double bar() {
        return lookup("#registers-progress").queryAs(ProgressBar.class).getProgress();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWholeSchoolPrintShowsItsProgressAndStopsLeavingNothing() throws Exception {
        schoolOfManyClasses();
        Path folder = Files.createDirectories(dataDir.resolve("so-in"));
        startApp(config(Background.fx(), Duration.ofHours(1), false, s -> {
            throw new AssertionError("no demo in this test");
        }));
        signIn(CLERK, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-registers");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<RegisterName> book = lookup("#registers-book").queryAs(ComboBox.class);
        interact(() -> book.getSelectionModel().select(RegisterName.SO_THEO_DOI_DANH_GIA));
        ComboBox<RegisterScope.Kind> scope = lookup("#registers-scope").queryAs(ComboBox.class);
        interact(() -> scope.getSelectionModel().select(RegisterScope.Kind.SCHOOL));
        assertThat(visible("#registers-cancel")).as("nothing to stop before a print").isFalse();
        Path pdf = folder.resolve("toan-truong.pdf");
        fill("#registers-out", pdf.toString());

        clickOn("#registers-print");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> bar() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#registers-cancel")).isTrue();
        assertThat(label("#registers-progress-text")).matches("Đang in .* – \\d+[A-L] \\(đã xong \\d+/27 lớp\\)…");
        assertThat(bar()).isBetween(1.0 / 27, 26.0 / 27);
        Screenshots.save(stage.getScene().getRoot(), "registers-progress.png");

        clickOn("#registers-cancel");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !visible("#registers-cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#registers-error")).isEqualTo(
                "Đã dừng in theo yêu cầu: không có tệp nào được ghi và sổ theo dõi in không có dòng mới.");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
        assertThat(List.copyOf(lookup("#registers-ledger").queryAs(TableView.class).getItems())).isEmpty();
        Actor clerk = services().auth().login(CLERK, TestSchool.PASSWORD.toCharArray(), "test").actor();
        assertThat(services().registers(new vn.sotruong.reports.JasperRegisterPrinter())
                .prints(clerk, services().years().currentYear().orElseThrow().id())).isEmpty();
        assertThat(lookup("#registers-print").queryButton().isDisabled()).isFalse();
    }
}
