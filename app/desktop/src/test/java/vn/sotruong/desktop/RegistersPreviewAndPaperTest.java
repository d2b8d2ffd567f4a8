package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.registers.LedgerRow;
import vn.sotruong.reports.FolderPrintService;
import vn.sotruong.reports.OsPaperPrinter;

/**
 * After a class book is printed: "Xem trước" opens a window with its real pages (page 1 of N, then the next), and
 * "In ra máy in…" with no printer installed says so and records nothing; with a printer (a javax.print service
 * that prints onto a folder) the book comes out on both sides and the print is recorded once the printer is done;
 * a printer that stops after two pages is said, and only those two pages are recorded.
 */
class RegistersPreviewAndPaperTest extends FxTestBase {
    private long c6a;

    private void schoolWithPupils() {
        TestSchool.createWithClerk(services());
        var admin = admin();
        long year = services().years().currentYear().orElseThrow().id();
        c6a = services().organisation().classes(admin, year).stream().filter(c -> c.name().equals("6A"))
                .findFirst().map(SchoolClass::id).orElseThrow();
        for (int i = 1; i <= 3; i++) {
            services().pupils().admit(admin, c6a, new Pupil(0, "HS00" + i, List.of("Nguyễn Thị Ánh Dương",
                    "Trần Quốc Bảo", "Lê Minh Châu").get(i - 1), LocalDate.of(2014, 3, i), Gender.NU, null, null, null,
                    false, null, null, null, null, null, null), LocalDate.of(2026, 9, 5), null);
        }
    }

    private String label(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }

    @SuppressWarnings("unchecked")
    private List<LedgerRow> ledger() {
        return List.copyOf(lookup("#registers-ledger").queryAs(TableView.class).getItems());
    }

    private long paperEvents(AuditKind kind) {
        return services().audit().latest(admin(), 200).stream().filter(e -> e.kind() == kind).count();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePreviewShowsTheRealPagesAndTheBookGoesToAPrinterRecordedOnlyWhenDone() throws Exception {
        schoolWithPupils();
        Path folder = Files.createDirectories(dataDir.resolve("so-in"));
        startApp(config());
        interact(() -> flow.usePaperPrinter(new OsPaperPrinter(List::of)));
        signIn(TestSchool.CLERK, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-registers");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#registers-preview")).as("nothing printed yet").isFalse();

        ComboBox<Choice> cls = lookup("#registers-class").queryAs(ComboBox.class);
        interact(() -> cls.getSelectionModel().select(cls.getItems().stream().filter(c -> c.label().equals("6A"))
                .findFirst().orElseThrow()));
        ComboBox<RegisterPeriod> period = lookup("#registers-period").queryAs(ComboBox.class);
        interact(() -> period.getSelectionModel().select(RegisterPeriod.HK1));
        Path pdf = folder.resolve("so-6A.pdf");
        fill("#registers-out", pdf.toString());
        clickOn("#registers-two-sided");
        // nothing is entered in the test school: only a draft prints (ADR 0044)
        clickOn("#registers-draft");
        clickOn("#registers-print");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !ledger().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        int pages = ledger().getFirst().pages();
        assertThat(ledger().getFirst().request().twoSided()).as("laid out for both sides").isTrue();
        assertThat(pages).isGreaterThan(2);

        // Xem trước: the book's own pages, drawn one at a time
        clickOn("#registers-preview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#preview-image").tryQuery().isPresent()
                && lookup("#preview-image").queryAs(ImageView.class).getImage() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#preview-page")).isEqualTo("Trang 1 / " + pages);
        ImageView image = lookup("#preview-image").queryAs(ImageView.class);
        // fit to the width: the page is drawn as wide as the window shows it, in the A4 page's proportions
        assertThat(image.getImage().getWidth()).isBetween(700.0, 900.0);
        assertThat(image.getImage().getHeight() / image.getImage().getWidth()).isCloseTo(842.0 / 595,
                org.assertj.core.data.Offset.offset(0.02));
        assertThat(lookup("#preview-previous").queryButton().isDisabled()).isTrue();
        Screenshots.save(previewRoot(), "registers-preview-cover.png");
        clickOn("#preview-next");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label("#preview-page").equals("Trang 2 / " + pages)
                && !lookup("#preview-window").query().lookupAll(".progress-indicator").stream()
                .anyMatch(Node::isVisible));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(previewRoot(), "registers-preview.png");
        clickOn("#preview-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#preview-window").tryQuery()).isEmpty();

        // the same from the ledger row: the file printed in this session, opened on its first page again
        TableView<LedgerRow> table = lookup("#registers-ledger").queryAs(TableView.class);
        interact(() -> table.getSelectionModel().select(0));
        clickOn("#registers-ledger-preview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#preview-page").tryQuery().isPresent()
                && label("#preview-page").equals("Trang 1 / " + pages));
        clickOn("#preview-close");
        WaitForAsyncUtils.waitForFxEvents();

        // no printer installed: said plainly, nothing recorded
        clickOn("#registers-paper-print");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#registers-paper-error")).startsWith("Máy tính này chưa cài máy in nào.");
        assertThat(visible("#registers-paper-pane")).isFalse();

        // a printer: the book on both sides, recorded once the printer reports it done
        FolderPrintService office = new FolderPrintService("Máy in văn phòng", dataDir.resolve("giay"), true);
        FolderPrintService jam = new FolderPrintService("Máy in kẹt giấy", dataDir.resolve("ket"), true, 2);
        interact(() -> flow.usePaperPrinter(new OsPaperPrinter(() -> List.of(office, jam))));
        clickOn("#registers-paper-print");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#registers-paper-pane")).isTrue();
        assertThat(label("#registers-paper-error")).isEmpty();
        assertThat(label("#registers-paper-what")).contains("sổ in số 1", pages + " trang", "khổ A4");
        assertThat(lookup("#registers-printer").queryAs(ComboBox.class).getValue()).isEqualTo("Máy in văn phòng");
        assertThat(lookup("#registers-duplex").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .as("a book laid out for both sides is offered on both sides").isTrue();
        Screenshots.save(stage.getScene().getRoot(), "registers-paper-print.png");
        clickOn("#registers-paper-confirm");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label("#registers-paper-info").contains("đã in xong"));
        assertThat(label("#registers-paper-info")).isEqualTo("Máy in “Máy in văn phòng” đã in xong " + pages
                + " trang của sổ in số 1; đã ghi vào nhật ký.");
        assertThat(office.pages()).hasSize(pages);
        assertThat(office.jobText()).contains("sides=two-sided-long-edge", "media=iso-a4");
        assertThat(visible("#registers-paper-pane")).isFalse();
        assertThat(paperEvents(AuditKind.REGISTER_PAPER_PRINTED)).isEqualTo(1);

        // a printer that stops after two pages: said, and only those two pages recorded
        clickOn("#registers-paper-print");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> printer = lookup("#registers-printer").queryAs(ComboBox.class);
        interact(() -> printer.getSelectionModel().select("Máy in kẹt giấy"));
        clickOn("#registers-paper-confirm");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !label("#registers-paper-error").isEmpty());
        assertThat(label("#registers-paper-error")).startsWith("Máy in “Máy in kẹt giấy” dừng giữa chừng sau 2/" + pages
                + " trang").contains("Chỉ 2 trang đã in được ghi lại");
        assertThat(jam.pages()).hasSize(2);
        assertThat(paperEvents(AuditKind.REGISTER_PAPER_PRINTED)).isEqualTo(1);
        assertThat(paperEvents(AuditKind.REGISTER_PAPER_STOPPED)).isEqualTo(1);
        assertThat(ledger()).hasSize(1);
    }

    private Node previewRoot() {
        return Window.getWindows().stream().map(w -> w.getScene().getRoot())
                .filter(r -> "preview-window".equals(r.getId())).findFirst().orElseThrow();
    }
}
