package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintStamp;
import vn.sotruong.core.registers.PrintedBook;
import vn.sotruong.core.registers.RegisterDocument;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPrinter;
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
        HeldPrinter held = new HeldPrinter(new vn.sotruong.reports.JasperRegisterPrinter());
        interact(() -> flow.useRegisterPrinter(held));
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
        try {
            // the job is held before the middle class: "Dừng in" is clicked while classes remain, however fast the PC
            assertThat(held.reached.await(60, TimeUnit.SECONDS)).as("the print reaches the middle class").isTrue();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> bar() > 0);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(visible("#registers-cancel")).isTrue();
            assertThat(label("#registers-progress-text")).matches("Đang in .* – \\d+[A-L] \\(đã xong \\d+/27 lớp\\)…");
            assertThat(bar()).isBetween(1.0 / 27, 26.0 / 27);
            Screenshots.save(stage.getScene().getRoot(), "registers-progress.png");
            clickOn("#registers-cancel");
        } finally {
            held.release.countDown();
        }
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

    /** The real printer, holding the job before the middle section of the book until the test lets it go on. */
    private static final class HeldPrinter implements RegisterPrinter {
        private final RegisterPrinter real;
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);

        HeldPrinter(RegisterPrinter real) {
            this.real = real;
        }

        @Override
        public boolean canPrint(RegisterDocument document, Paper paper) {
            return real.canPrint(document, paper);
        }

        @Override
        public PrintedBook print(RegisterDocument document, Paper paper, PrintStamp stamp, OutputStream out,
                                 IntConsumer beforeSection) throws IOException {
            int middle = document.sections().size() / 2;
            return real.print(document, paper, stamp, out, section -> {
                if (section == middle) {
                    reached.countDown();
                    try {
                        release.await(120, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                beforeSection.accept(section);
            });
        }

        @Override
        public Optional<PrintStamp> readStamp(Path pdf) throws IOException {
            return real.readStamp(pdf);
        }
    }
}
