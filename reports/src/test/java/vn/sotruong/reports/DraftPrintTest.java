package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ResultPeriod;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.registers.BookSigningService;
import vn.sotruong.core.registers.CatalogueEntry;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.RecordState;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.core.security.Actor;
import vn.sotruong.testkit.demo.DemoAccounts;

/**
 * Bản nháp (ADR 0044): a class book with a required entry missing is refused naming exactly what is missing, with
 * no file and no ledger line; asked for as a draft it prints with every page watermarked and the gap "chưa đủ",
 * the ledger line says draft, it is never signed and the catalogue counts it a draft; a complete book is unchanged.
 */
class DraftPrintTest extends OnMarkedDemoSchool {
    static final char[] KEY = "KhoaKy#2026".toCharArray();
    static RosterRow cleared;

    @BeforeAll
    static void oneToanMidTermMarkOf6AAndSixOf6BTakenAway() {
        SchoolClass c = classNamed("6A");
        cleared = s.gradebook().classBook(clerk, c.id()).roster().stream().filter(RosterRow::current).findFirst()
                .orElseThrow();
        s.gradebook().save(clerk, c.id(), SheetRef.subject("TOAN"),
                List.of(CellEdit.of(cleared.pupilId(), "HK1.GK", "")), Via.IMPORT);
        SchoolClass b = classNamed("6B");
        s.gradebook().save(clerk, b.id(), SheetRef.subject("TOAN"), s.gradebook().classBook(clerk, b.id()).roster()
                .stream().filter(RosterRow::current).limit(6).map(r -> CellEdit.of(r.pupilId(), "HK1.GK", "")).toList(),
                Via.IMPORT);
    }

    private static PrintRequest classBook(String className) {
        return new PrintRequest(RegisterName.SO_THEO_DOI_DANH_GIA, RegisterScope.ofClass(className),
                RegisterPeriod.HK1, Paper.A4, null);
    }

    @Test
    void anIncompleteBookIsRefusedNamingWhatIsMissingWithNoFileAndNoLedgerLine() {
        int printsBefore = registers.prints(clerk, year).size();
        Path out = dir.resolve("6A-refused.pdf");
        DomainException e = catchThrowableOfType(DomainException.class,
                () -> registers.print(clerk, classBook("6A"), out));
        assertThat(e.code()).isEqualTo("registers.incomplete");
        String pupil = cleared.pupil().code() + " " + cleared.pupil().fullName();
        assertThat(e.args()).containsExactly(1, "6A · " + pupil + " · Toán · HK1 GK", "");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("6A-refused.pdf.partial")).doesNotExist();
        assertThat(registers.prints(clerk, year)).hasSize(printsBefore);

        // a grade names the first few and says there are more
        DomainException grade = catchThrowableOfType(DomainException.class, () -> registers.print(clerk,
                new PrintRequest(RegisterName.SO_THEO_DOI_DANH_GIA, RegisterScope.ofGrade(6), RegisterPeriod.YEAR,
                        Paper.A4, null), dir.resolve("khoi-6.pdf")));
        assertThat(grade.code()).isEqualTo("registers.incomplete");
        int missing = s.organisation().classes(clerk, year).stream().filter(c -> c.grade() == 6)
                .mapToInt(c -> s.results().missing(clerk, c.id(), ResultPeriod.CN).size()).sum();
        assertThat(missing).isGreaterThanOrEqualTo(7);
        assertThat(grade.args()[0]).isEqualTo(missing);
        assertThat(((String) grade.args()[1]).split("; ")).hasSize(5).allMatch(s -> s.startsWith("6"));
        assertThat(grade.args()[2]).isEqualTo("; …");
        assertThat(dir.resolve("khoi-6.pdf")).doesNotExist();
    }

    @Test
    void aDraftPrintsWatermarkedWithTheGapMarkedAndIsNeverSigned() throws IOException {
        Path pdf = dir.resolve("6A-ban-nhap.pdf");
        PrintRecord draft = registers.print(clerk, classBook("6A").withDraft(true), pdf);

        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getNumberOfPages()).isEqualTo(draft.pages()).isGreaterThan(2);
            PDFTextStripper strip = new PDFTextStripper();
            // a watermark letter lying exactly on a table's same letter is not a duplicate to drop
            strip.setSuppressDuplicateOverlappingText(false);
            for (int page = 1; page <= d.getNumberOfPages(); page++) {
                strip.setStartPage(page);
                strip.setEndPage(page);
                // the diagonal words come out of the text a few letters a line
                assertThat(strip.getText(d).replaceAll("\\s+", "")).as("page " + page)
                        .contains("BẢNNHÁP–CHƯAĐỦDỮLIỆU");
                if (strip.getText(d).contains("Môn: Toán")) {
                    Pdfs.renderForLooking(pdf, page, "draft-6A-toan");
                }
            }
        }
        String text = Pdfs.flatText(pdf);
        assertThat(text.split("chưa đủ", -1)).as("one gap, one mark").hasSize(2);
        assertThat(Pdfs.fonts(pdf)).isNotEmpty().allMatch(f -> f.embedded() && !f.type3())
                .anyMatch(f -> f.name().contains("LiberationSerif-Bold"));

        PrintRecord kept = registers.prints(clerk, year).stream().filter(p -> p.id() == draft.id()).findFirst()
                .orElseThrow();
        assertThat(kept.request().draft()).isTrue();
        assertThat(registers.verify(clerk, pdf).status()).isEqualTo(vn.sotruong.core.registers.Verification.Status.MATCH);

        Actor principal = signIn(DemoAccounts.PRINCIPAL);
        BookSigningService signing = s.bookSigning(new JasperRegisterPrinter(), new PadesSigner());
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> signing.sign(principal, draft.id(), KEY));
        assertThat(refused.code()).isEqualTo("registers.draftNotSigned");
        assertThat(signing.signature(clerk, draft.id())).isEmpty();

        CatalogueEntry entry = s.recordCatalogue().catalogue(clerk, year).entries().stream()
                .filter(en -> en.register() == RegisterName.SO_THEO_DOI_DANH_GIA && en.what().equals("Lớp 6A"))
                .findFirst().orElseThrow();
        assertThat(entry.state()).isEqualTo(RecordState.DRAFT);
        assertThat(entry.print().id()).isEqualTo(draft.id());
    }

    @Test
    void aCompleteBookPrintsAsBeforeAndItsDraftHasTheSameData() {
        Path pdf = dir.resolve("7A.pdf");
        PrintRecord print = registers.print(clerk, classBook("7A"), pdf);
        assertThat(print.request().draft()).isFalse();
        assertThat(Pdfs.flatText(pdf)).contains("LỚP 7A").doesNotContain("BẢN NHÁP", "chưa đủ");
        PrintRecord draft = registers.print(clerk, classBook("7A").withDraft(true), dir.resolve("7A-nhap.pdf"));
        assertThat(draft.fingerprint()).isEqualTo(print.fingerprint());
        assertThat(draft.pages()).isEqualTo(print.pages());
        assertThat(Pdfs.flatText(dir.resolve("7A-nhap.pdf"))).contains("BẢN NHÁP").doesNotContain("chưa đủ");
    }
}
