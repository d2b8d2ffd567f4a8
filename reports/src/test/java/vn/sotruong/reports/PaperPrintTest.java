package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.print.PrintService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.registers.PageImage;
import vn.sotruong.core.registers.PageImages;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PaperJob;
import vn.sotruong.core.registers.PaperOutcome;
import vn.sotruong.core.registers.PaperPrintService;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.testkit.demo.DemoAccounts;

/**
 * In ra máy in over javax.print services that print onto a folder (real services, driven by the JDK's print
 * system as any printer is): a book in the ledger comes out page for page on its paper and sides, and is recorded
 * only once the job is done; a printer that stops mid-job records exactly the pages it reports, one that fails
 * without saying records nothing; no printer, an unknown one, a changed file or a refused side are refused with
 * nothing recorded. And the preview's page drawing: the real pages, one at a time.
 */
class PaperPrintTest {
    @TempDir
    static Path dir;
    static DemoSchoolBooks books;
    static PrintRecord print;
    static Path pdf;

    @BeforeAll
    static void aPrintedClassBook() {
        books = DemoSchoolBooks.open();
        books.withMarks("7A");
        pdf = dir.resolve("so-7A.pdf");
        print = books.registers.print(books.clerk, new PrintRequest(RegisterName.SO_THEO_DOI_DANH_GIA,
                RegisterScope.ofClass("7A"), RegisterPeriod.YEAR, Paper.A4, null), pdf);
    }

    @AfterAll
    static void close() {
        books.close();
    }

    private static PaperPrintService with(PrintService... services) {
        return books.s.paperPrint(new OsPaperPrinter(() -> List.of(services)));
    }

    private static List<AuditEntry> paperEvents() {
        return books.s.audit().latest(books.signIn(DemoAccounts.PRINCIPAL), 200).stream()
                .filter(e -> e.kind() == AuditKind.REGISTER_PAPER_PRINTED || e.kind() == AuditKind.REGISTER_PAPER_STOPPED)
                .filter(e -> e.detail().startsWith("ledger " + print.id() + ","))
                .toList();
    }

    @Test
    void theBookComesOutPageForPageOnItsPaperAndSidesAndIsRecordedWhenDone() throws Exception {
        FolderPrintService office = new FolderPrintService("Máy in văn phòng", dir.resolve("office"), true);
        int before = paperEvents().size();
        PaperOutcome done = with(office).print(books.clerk, print.id(), pdf,
                new PaperJob("Máy in văn phòng", Paper.A4, true, 2));

        assertThat(done.completed()).isTrue();
        assertThat(done.pagesPrinted()).isEqualTo(2 * print.pages());
        assertThat(office.pages()).hasSize(2 * print.pages());
        assertThat(office.jobText()).contains("media=iso-a4", "sides=two-sided-long-edge", "copies=2");
        BufferedImage first = ImageIO.read(office.pages().getFirst().toFile());
        // the PDF's own A4 page at 72 dpi (595 × 842 points), with ink on it
        assertThat(first.getWidth()).isBetween(594, 596);
        assertThat(first.getHeight()).isBetween(841, 843);
        assertThat(darkPixels(first)).isGreaterThan(1000);
        List<AuditEntry> events = paperEvents();
        assertThat(events).hasSize(before + 1);
        assertThat(events.getFirst().kind()).isEqualTo(AuditKind.REGISTER_PAPER_PRINTED);
        assertThat(events.getFirst().detail()).contains("printer Máy in văn phòng", "A4", "duplex", "copies 2",
                "pages " + 2 * print.pages());
    }

    @Test
    void aPrinterThatStopsMidJobRecordsOnlyThePagesItReports() throws Exception {
        FolderPrintService jam = new FolderPrintService("Kẹt giấy", dir.resolve("jam"), true, 3);
        int before = paperEvents().size();
        assertThatThrownBy(() -> with(jam).print(books.clerk, print.id(), pdf, new PaperJob("Kẹt giấy", Paper.A4,
                false, 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("registers.printerStoppedAfter");
                    assertThat(e.args()).containsExactly("Kẹt giấy", 3, print.pages(), "out of paper after 3 pages");
                });
        assertThat(jam.pages()).hasSize(3);
        List<AuditEntry> events = paperEvents();
        assertThat(events).hasSize(before + 1);
        assertThat(events.getFirst().kind()).isEqualTo(AuditKind.REGISTER_PAPER_STOPPED);
        assertThat(events.getFirst().detail()).contains("pages 1-3 of " + print.pages() + " printed",
                "out of paper");
    }

    @Test
    void aPrinterThatFailsBeforeAnyPageRecordsNothing() throws Exception {
        FolderPrintService dead = new FolderPrintService("Hết mực", dir.resolve("dead"), false, 0);
        int before = paperEvents().size();
        assertThatThrownBy(() -> with(dead).print(books.clerk, print.id(), pdf, new PaperJob("Hết mực", Paper.A4,
                false, 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("registers.printerFailed"));
        assertThat(dead.pages()).isEmpty();
        assertThat(paperEvents()).hasSize(before);
    }

    @Test
    void refusalsRecordNothing() throws Exception {
        FolderPrintService oneSided = new FolderPrintService("Một mặt", dir.resolve("one"), false);
        int before = paperEvents().size();
        assertThatThrownBy(() -> with().printers(books.clerk)).hasMessage("registers.noPrinter");
        assertThatThrownBy(() -> with().print(books.clerk, print.id(), pdf, new PaperJob("Một mặt", Paper.A4, false, 1)))
                .hasMessage("registers.noPrinter");
        assertThatThrownBy(() -> with(oneSided).print(books.clerk, print.id(), pdf,
                new PaperJob("Không có", Paper.A4, false, 1))).hasMessage("registers.printerUnknown");
        assertThatThrownBy(() -> with(oneSided).print(books.clerk, print.id(), pdf,
                new PaperJob("Một mặt", Paper.A4, false, 0))).hasMessage("registers.paperCopiesInvalid");
        assertThatThrownBy(() -> with(oneSided).print(books.clerk, 999_999, pdf,
                new PaperJob("Một mặt", Paper.A4, false, 1))).hasMessage("registers.printNotFound");
        assertThatThrownBy(() -> with(oneSided).print(books.signIn(DemoAccounts.SUBJECT_TEACHER), print.id(), pdf,
                new PaperJob("Một mặt", Paper.A4, false, 1))).hasMessage("auth.denied");
        Path other = dir.resolve("khac.pdf");
        Files.write(other, Files.readAllBytes(pdf));
        Files.writeString(other, "%% changed\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> with(oneSided).print(books.clerk, print.id(), other,
                new PaperJob("Một mặt", Paper.A4, false, 1))).hasMessage("registers.paperFileDiffers");
        // a one-sided printer asked for both sides: refused by the printer before any page
        assertThatThrownBy(() -> with(oneSided).print(books.clerk, print.id(), pdf,
                new PaperJob("Một mặt", Paper.A4, true, 1))).hasMessage("registers.printerFailed");
        assertThat(oneSided.pages()).isEmpty();
        assertThat(paperEvents()).hasSize(before);
    }

    @Test
    void thePreviewDrawsTheRealPagesOneAtATime() throws Exception {
        try (PageImages.Book book = new PdfBoxPageImages().open(pdf)) {
            assertThat(book.pageCount()).isEqualTo(print.pages());
            assertThat(book.aspect(0)).isCloseTo(595.0 / 842, org.assertj.core.data.Offset.offset(0.01));
            PageImage page = book.draw(1, 800);
            assertThat(page.width()).isEqualTo(800);
            assertThat(page.height()).isBetween(1125, 1135);
            long ink = java.util.Arrays.stream(page.argb()).filter(p -> (p & 0xFF) < 128).count();
            assertThat(ink).isGreaterThan(1000);
            assertThatThrownBy(() -> book.draw(print.pages(), 800)).isInstanceOf(java.io.IOException.class);
        }
        assertThatThrownBy(() -> new PdfBoxPageImages().open(dir.resolve("none.pdf")))
                .isInstanceOf(java.io.IOException.class);
    }

    private static long darkPixels(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    n++;
                }
            }
        }
        return n;
    }
}
