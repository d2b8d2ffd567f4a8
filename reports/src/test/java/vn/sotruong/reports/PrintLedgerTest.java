package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.SheetRow;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.PrintedPart;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.core.registers.Verification;
import vn.sotruong.core.security.Actor;
import vn.sotruong.testkit.demo.DemoAccounts;

/** The print ledger: every print recorded with its fingerprint; a printed book checked against the data later. */
class PrintLedgerTest {
    @TempDir
    static Path dir;
    static DemoSchoolBooks books;
    static SchoolClass c7a;

    @BeforeAll
    static void demoSchoolWithMarks() {
        books = DemoSchoolBooks.open();
        c7a = books.withMarks("7A");
    }

    @AfterAll
    static void close() {
        books.close();
    }

    private static PrintRequest classBook(String className, RegisterPeriod period) {
        return new PrintRequest(RegisterName.SO_THEO_DOI_DANH_GIA, RegisterScope.ofClass(className), period, Paper.A4,
                null);
    }

    @Test
    void aPrintIsRecordedAuditedAndStillMatchesUntilAScoreChanges() throws Exception {
        Path pdf = dir.resolve("so-7A.pdf");
        PrintRecord print = books.registers.print(books.clerk, classBook("7A", RegisterPeriod.YEAR), pdf);

        assertThat(print.printedBy()).isEqualTo(DemoAccounts.OFFICE);
        assertThat(print.request().scope().text()).isEqualTo("class:7A");
        assertThat(print.pages()).isGreaterThan(13);
        assertThat(print.fileSha256()).hasSize(64);
        assertThat(print.parts()).extracting(PrintedPart::label).contains("7A · Bìa", "7A · Toán", "7A · Ngữ văn",
                "7A · Tổng hợp kết quả");
        assertThat(print.parts().getFirst().firstPage()).isEqualTo(1);
        assertThat(books.registers.prints(books.clerk, books.yearId())).extracting(PrintRecord::id).contains(print.id());
        List<AuditEntry> audit = books.s.audit().latest(books.signIn(DemoAccounts.PRINCIPAL), 20);
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(AuditKind.REGISTER_PRINTED);
            assertThat(e.target()).isEqualTo("register:so-theo-doi-danh-gia/class:7A");
            assertThat(e.detail()).contains("ledger " + print.id());
        });
        assertThat(dir.resolve("so-7A.pdf.partial")).doesNotExist();

        Verification same = books.registers.verify(books.clerk, pdf);
        assertThat(same.status()).isEqualTo(Verification.Status.MATCH);
        assertThat(same.fileUnchanged()).isTrue();
        assertThat(same.print().id()).isEqualTo(print.id());

        SheetRow first = books.s.gradebook().sheet(books.clerk, c7a.id(), SheetRef.subject("TOAN")).rows().getFirst();
        String changed = "10".equals(first.text("HK2.CK")) ? "9" : "10";
        books.s.gradebook().save(books.clerk, c7a.id(), SheetRef.subject("TOAN"),
                List.of(CellEdit.of(first.pupil().pupilId(), "HK2.CK", changed)), Via.GRID);

        Verification stale = books.registers.verify(books.clerk, pdf);
        assertThat(stale.status()).isEqualTo(Verification.Status.STALE);
        assertThat(stale.changed()).contains("7A · Toán").doesNotContain("7A · Ngữ văn", "7A · Bìa");
        assertThat(stale.fileUnchanged()).isTrue();
    }

    @Test
    void aTermOnePrintDoesNotGoStaleWhenTermTwoChanges() {
        Path pdf = dir.resolve("so-7A-hk1.pdf");
        books.registers.print(books.clerk, classBook("7A", RegisterPeriod.HK1), pdf);
        SheetRow first = books.s.gradebook().sheet(books.clerk, c7a.id(), SheetRef.subject("NGUVAN")).rows().getFirst();
        String changed = "10".equals(first.text("HK2.GK")) ? "9" : "10";
        books.s.gradebook().save(books.clerk, c7a.id(), SheetRef.subject("NGUVAN"),
                List.of(CellEdit.of(first.pupil().pupilId(), "HK2.GK", changed)), Via.GRID);

        assertThat(books.registers.verify(books.clerk, pdf).status()).isEqualTo(Verification.Status.MATCH);
    }

    @Test
    void filesThatAreNotOurBooksAreToldApart() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.pdf"), "not a pdf at all");
        assertThat(books.registers.verify(books.clerk, text).status()).isEqualTo(Verification.Status.NOT_OURS);

        Path plain = dir.resolve("plain.pdf");
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            d.save(plain.toFile());
        }
        assertThat(books.registers.verify(books.clerk, plain).status()).isEqualTo(Verification.Status.NOT_OURS);

        Path forged = dir.resolve("forged.pdf");
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            d.getDocumentInformation().setKeywords("sotruong-ledger:999999 sotruong-data:" + "ab".repeat(32));
            d.save(forged.toFile());
        }
        assertThat(books.registers.verify(books.clerk, forged).status()).isEqualTo(Verification.Status.NOT_OURS);
    }

    @Test
    void aCopyWithTheSameStampButOtherBytesIsOursButNotTheSameFile() throws Exception {
        Path pdf = dir.resolve("so-8A.pdf");
        books.registers.print(books.clerk, classBook("8A", RegisterPeriod.YEAR), pdf);
        Path copy = dir.resolve("so-8A-resaved.pdf");
        try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            d.getDocumentInformation().setTitle("đã sửa");
            d.save(copy.toFile());
        }
        Verification v = books.registers.verify(books.clerk, copy);
        assertThat(v.status()).isEqualTo(Verification.Status.MATCH);
        assertThat(v.fileUnchanged()).isFalse();
    }

    @Test
    void refusalsLeaveNeitherAFileNorALedgerLine() {
        int before = books.registers.prints(books.clerk, books.yearId()).size();
        Actor teacher = books.signIn(DemoAccounts.SUBJECT_TEACHER);
        Path out = dir.resolve("refused.pdf");
        assertThat(code(() -> books.registers.print(teacher, classBook("7A", RegisterPeriod.YEAR), out)))
                .isEqualTo("auth.denied");
        assertThat(code(() -> books.registers.print(books.clerk, new PrintRequest(RegisterName.SO_GOI_TEN,
                RegisterScope.ofClass("7A"), null, null, null), out))).isEqualTo("registers.monthRequired");
        assertThat(code(() -> books.registers.print(books.clerk, new PrintRequest(RegisterName.DANH_SACH_CUOI_NAM,
                RegisterScope.ofClass("7A"), RegisterPeriod.YEAR, Paper.A3, null), out)))
                .isEqualTo("registers.paperNotAvailable");
        assertThat(code(() -> books.registers.print(books.clerk, new PrintRequest(RegisterName.DANH_SACH_CUOI_NAM,
                RegisterScope.ofClass("7A"), RegisterPeriod.HK1, Paper.A4, null), out))).isEqualTo("registers.yearOnly");
        assertThat(code(() -> books.registers.print(books.clerk, classBook("7Z", RegisterPeriod.YEAR), out)))
                .isEqualTo("class.notFound");
        assertThat(code(() -> books.registers.print(books.clerk, new PrintRequest(RegisterName.SO_THEO_DOI_DANH_GIA,
                RegisterScope.ofGrade(5), null, null, null), out))).isEqualTo("registers.nothingToPrint");
        assertThat(code(() -> books.registers.print(books.clerk, classBook("7A", RegisterPeriod.YEAR),
                dir.resolve("no-such-folder").resolve("x.pdf")))).isEqualTo("registers.outNotWritable");
        assertThat(out).doesNotExist();
        assertThat(books.registers.prints(books.clerk, books.yearId())).hasSize(before);
        assertThatThrownBy(() -> books.registers.verify(teacher, out)).isInstanceOf(DomainException.class);
    }

    private static String code(Runnable r) {
        try {
            r.run();
            return "ok";
        } catch (DomainException e) {
            return e.code();
        }
    }
}
