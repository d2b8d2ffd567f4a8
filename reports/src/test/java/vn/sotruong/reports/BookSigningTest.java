package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.registers.BookKeeping;
import vn.sotruong.core.registers.CatalogueEntry;
import vn.sotruong.core.registers.RecordCatalogue;
import vn.sotruong.core.registers.RecordState;
import vn.sotruong.core.registers.BookSignature;
import vn.sotruong.core.registers.BookSigningService;
import vn.sotruong.core.registers.KeepingStep;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.PrintStanding;
import vn.sotruong.core.registers.PrintStatusService;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.core.registers.Verification;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.signature.PdfCheck;
import vn.sotruong.testkit.demo.DemoAccounts;

/**
 * The principal signs a printed book on the demo school's store: the signed PDF kept and valid (PDFBox and
 * poppler's pdfsig), the ledger line "đã ký", a changed byte caught, a later change supersedes it; refused with
 * nothing changed for someone else, a wrong key password, incomplete or changed data; binding and archiving.
 */
class BookSigningTest extends OnMarkedDemoSchool {
    static final char[] KEY = "KhoaKy#2026".toCharArray();

    static Actor principal;
    static BookSigningService signing;

    @BeforeAll
    static void demoSchoolWithMarksIn7AAndKeys() {
        principal = signIn(DemoAccounts.PRINCIPAL);
        // the demo year is complete: one Toán HK I mid-term mark of 6A is taken away
        clearFirstToanGk1("6A");
        signing = s.bookSigning(new JasperRegisterPrinter(), new PadesSigner());
        Actor admin = signIn(DemoAccounts.ADMIN);
        s.signatures().createAuthority(admin);
        s.signatures().issue(principal, principal.login(), KEY);
        s.signatures().issue(clerk, clerk.login(), KEY);
        clock.advance(Duration.ofDays(31));
    }

    @Test
    void thePrincipalSignsACurrentCompleteBookAndALaterChangeSupersedesIt() throws Exception {
        PrintRecord print = registers.print(clerk, classBook("7A"), dir.resolve("7A.pdf"));
        clock.advance(Duration.ofHours(2));
        BookSignature signed = signing.sign(principal, print.id(), KEY);

        assertThat(signed.ledgerId()).isEqualTo(print.id());
        assertThat(signed.login()).isEqualTo(principal.login());
        assertThat(signing.signature(clerk, print.id())).contains(signed);
        assertThat(signing.signatures(clerk, year)).contains(signed);
        byte[] pdf = signing.signedPdf(clerk, print.id());
        PdfCheck check = signing.verify(pdf);
        assertThat(check.valid()).as(check.toString()).isTrue();
        assertThat(check.signatures()).singleElement().satisfies(c -> {
            assertThat(c.signerName()).isEqualTo(principal.fullName());
            assertThat(c.reason()).contains("Sổ in số " + print.id(), "so-theo-doi-danh-gia", "class:7A");
        });
        assertThat(s.audit().latest(principal, 5)).extracting(e -> e.kind()).contains(AuditKind.REGISTER_SIGNED);
        assertThat(s.audit().check(signIn(DemoAccounts.ADMIN)).intact()).isTrue();

        Path file = dir.resolve("7A-da-ky.pdf");
        Files.write(file, pdf);
        assertThat(Pdfs.text(file)).contains("SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH", "7A", "Nguyễn");
        assertThat(Pdfs.fonts(file)).isNotEmpty().allSatisfy(f -> assertThat(f.embedded()).isTrue());
        Pdfs.renderForLooking(file, 1, "so-theo-doi-7A-da-ky");
        Pdfs.pdfsig(file, 1, true);
        Verification v = registers.verify(clerk, file);
        assertThat(v.status()).isEqualTo(Verification.Status.MATCH);
        assertThat(v.signedCopy()).isTrue();
        assertThat(v.fileUnchanged()).isTrue();
        Verification printed = registers.verify(clerk, dir.resolve("7A.pdf"));
        assertThat(printed.signedCopy()).isFalse();
        assertThat(printed.signature()).isEqualTo(signed);
        assertThat(printed.fileUnchanged()).isTrue();

        // one byte changed: PAdES breaks and the ledger sees neither the printed nor the signed copy
        byte[] tampered = pdf.clone();
        int at = Pdfs.indexOf(pdf, "/Title") + 2;
        tampered[at] = (byte) (tampered[at] ^ 0x01);
        assertThat(signing.verify(tampered).valid()).isFalse();
        Path bad = dir.resolve("7A-da-ky-sua.pdf");
        Files.write(bad, tampered);
        Pdfs.pdfsig(bad, 1, false);
        Verification altered = registers.verify(clerk, bad);
        assertThat(altered.status() == Verification.Status.NOT_OURS || altered.signedAndAltered()).isTrue();

        assertThat(code(() -> signing.sign(principal, print.id(), KEY))).isEqualTo("registers.alreadySigned");

        // a later change supersedes the signed book like any print, and a signed print of old data is refused
        changeFirstToanTx1("7A");
        PrintStatusService status = s.printStatus();
        assertThat(status.status(clerk, year, print.id()).standing()).isEqualTo(PrintStanding.SUPERSEDED);
        PrintRecord another = registers.print(clerk, new PrintRequest(RegisterName.SO_DANG_BO,
                RegisterScope.ofClass("7A"), RegisterPeriod.YEAR, Paper.A4, null), dir.resolve("dang-bo-7A.pdf"));
        assertThat(status.status(clerk, year, another.id()).standing()).isEqualTo(PrintStanding.CURRENT);
    }

    @Test
    void refusalsChangeNothing() {
        int signedBefore = signing.signatures(clerk, year).size();
        long eventsBefore = signedEvents();
        PrintRecord print = registers.print(clerk, classBook("7A"), dir.resolve("7A-b.pdf"));
        assertThat(code(() -> signing.sign(clerk, print.id(), KEY))).isEqualTo("auth.denied");
        assertThat(code(() -> signing.sign(signIn(DemoAccounts.VICE_PRINCIPAL), print.id(), KEY)))
                .isEqualTo("auth.denied");
        DomainException wrong = catchThrowableOfType(DomainException.class,
                () -> signing.sign(principal, print.id(), "SaiMatKhau1".toCharArray()));
        assertThat(wrong.code()).isEqualTo("signature.wrongKeyPassword");
        assertThat(java.util.ResourceBundle.getBundle("vn.sotruong.core.i18n.messages", java.util.Locale.ROOT,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(wrong.code())).isEqualTo("Sai mật khẩu khóa ký.");
        assertThat(code(() -> signing.sign(principal, 987654, KEY))).isEqualTo("registers.printNotFound");
        assertThat(signing.signature(clerk, print.id())).isEmpty();

        // a final print of an incomplete book is refused (ADR 0044): printed complete, then the mark taken away
        setFirstToanGk1("6A", "7");
        PrintRecord empty = registers.print(clerk, classBook("6A"), dir.resolve("6A.pdf"));
        clearFirstToanGk1("6A");
        PrintRecord draft = registers.print(clerk, classBook("6A").withDraft(true), dir.resolve("6A-nhap-b.pdf"));
        assertThat(code(() -> signing.sign(principal, draft.id(), KEY))).isEqualTo("registers.draftNotSigned");
        DomainException incomplete = catchThrowableOfType(DomainException.class,
                () -> signing.sign(principal, empty.id(), KEY));
        assertThat(incomplete.code()).isEqualTo("registers.signIncomplete");
        assertThat(incomplete.args()).containsExactly("6A", 1, firstPupilCode("6A"), "TOAN HK1 GK");
        assertThat(signing.signature(clerk, empty.id())).isEmpty();
        assertThat(signing.signatures(clerk, year)).hasSize(signedBefore);
        assertThat(signedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void aBookPrintedBeforeAChangeIsNotSigned() {
        PrintRecord print = registers.print(clerk, classBook("7A"), dir.resolve("7A-c.pdf"));
        changeFirstToanTx1("7A");
        assertThat(code(() -> signing.sign(principal, print.id(), KEY))).isEqualTo("registers.signSuperseded");
        assertThat(signing.signature(clerk, print.id())).isEmpty();
    }

    @Test
    void theClerkRecordsBindingThenArchivingWithTheirDates() {
        PrintRecord print = registers.print(clerk, new PrintRequest(RegisterName.SO_DANG_BO,
                RegisterScope.ofClass("6B"), RegisterPeriod.YEAR, Paper.A4, null), dir.resolve("dang-bo-6B.pdf"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), vn.sotruong.core.deadline.EntryProgressService.SCHOOL_ZONE);
        assertThat(code(() -> signing.keep(clerk, print.id(), KeepingStep.ARCHIVED, today)))
                .isEqualTo("registers.archiveNotBound");
        assertThat(code(() -> signing.keep(clerk, print.id(), KeepingStep.BOUND, today.plusDays(1))))
                .isEqualTo("registers.keepDateFuture");
        assertThat(code(() -> signing.keep(clerk, print.id(), KeepingStep.BOUND, today.minusYears(1))))
                .isEqualTo("registers.keepDateBeforePrint");
        assertThat(code(() -> signing.keep(signIn(DemoAccounts.SUBJECT_TEACHER), print.id(), KeepingStep.BOUND,
                today))).isEqualTo("auth.denied");
        assertThat(s.stores().printLedger().keeping(year)).noneMatch(k -> k.ledgerId() == print.id());

        BookKeeping bound = signing.keep(clerk, print.id(), KeepingStep.BOUND, today);
        assertThat(code(() -> signing.keep(clerk, print.id(), KeepingStep.BOUND, today)))
                .isEqualTo("registers.alreadyKept");
        BookKeeping archived = signing.keep(signIn(DemoAccounts.ADMIN), print.id(), KeepingStep.ARCHIVED, today);
        assertThat(s.stores().printLedger().keeping(year)).filteredOn(k -> k.ledgerId() == print.id())
                .containsExactly(archived, bound);
        assertThat(s.audit().latest(principal, 5)).extracting(e -> e.kind()).contains(AuditKind.REGISTER_KEPT);
    }

    @Test
    void theCatalogueListsEveryBookOfTheYearWithItsState() throws Exception {
        PrintRecord register = registers.print(clerk, new PrintRequest(RegisterName.SO_DANG_BO,
                RegisterScope.school(), RegisterPeriod.YEAR, Paper.A4, null), dir.resolve("dang-bo.pdf"));
        signing.sign(principal, register.id(), KEY);
        LocalDate today = LocalDate.ofInstant(clock.instant(), vn.sotruong.core.deadline.EntryProgressService.SCHOOL_ZONE);
        signing.keep(clerk, register.id(), KeepingStep.BOUND, today);
        PrintRecord draft = registers.print(clerk, classBook("6A").withDraft(true), dir.resolve("6A-nhap.pdf"));

        RecordCatalogue c = s.recordCatalogue().catalogue(clerk, year);
        assertThat(c.yearLabel()).isEqualTo("2026-2027");
        assertThat(entry(c, RegisterName.SO_DANG_BO, "Toàn trường").state()).isEqualTo(RecordState.BOUND);
        assertThat(entry(c, RegisterName.SO_DANG_BO, "Toàn trường").boundOn()).isEqualTo(today);
        assertThat(entry(c, RegisterName.SO_DANG_BO, "Toàn trường").signature().login()).isEqualTo(principal.login());
        CatalogueEntry book6a = entry(c, RegisterName.SO_THEO_DOI_DANH_GIA, "Lớp 6A");
        assertThat(book6a.state()).as("a mark is missing").isEqualTo(RecordState.DRAFT);
        assertThat(book6a.print().id()).isEqualTo(draft.id());
        assertThat(entry(c, RegisterName.SO_THEO_DOI_DANH_GIA, "Lớp 9C").state()).isEqualTo(RecordState.NOT_PRINTED);
        assertThat(entry(c, RegisterName.HOC_BA, "Lớp 6A").state()).isEqualTo(RecordState.NOT_PRINTED);
        // a sổ gọi tên for each month from September to November (the clock is in November)
        assertThat(c.entries()).filteredOn(e -> e.register() == RegisterName.SO_GOI_TEN && e.what().startsWith("Lớp 6A "))
                .extracting(CatalogueEntry::what)
                .containsExactly("Lớp 6A · tháng 09/2026", "Lớp 6A · tháng 10/2026", "Lớp 6A · tháng 11/2026");
        assertThat(c.entries()).anyMatch(e -> e.register() == RegisterName.SO_CA_NHAN && e.what().contains("Toán"));
        assertThat(c.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(c.entries().size());
        assertThat(code(() -> s.recordCatalogue().catalogue(signIn(DemoAccounts.SUBJECT_TEACHER), year)))
                .isEqualTo("auth.denied");

        Path pdf = dir.resolve("danh-muc-ho-so.pdf");
        try (var out = Files.newOutputStream(pdf)) {
            new RecordCataloguePdf().write(c, out);
        }
        String text = Pdfs.text(pdf);
        assertThat(text).contains("DANH MỤC HỒ SƠ, SỔ SÁCH NĂM HỌC 2026-2027", "Sổ đăng bộ", "Đã đóng quyển",
                "Bản nháp", "Chưa in", "Lớp 6A · tháng 10/2026", "HIỆU TRƯỞNG DUYỆT", "Tổng số: " + c.entries().size());
        assertThat(Pdfs.fonts(pdf)).isNotEmpty().allSatisfy(f -> assertThat(f.embedded()).isTrue());
        Pdfs.renderForLooking(pdf, 1, "danh-muc-ho-so");
        Path xlsx = dir.resolve("danh-muc-ho-so.xlsx");
        vn.sotruong.data.registers.RecordCatalogueXlsx.write(c, xlsx);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Tình trạng");
            assertThat(sheet.getLastRowNum()).isEqualTo(c.entries().size());
        }
    }

    private static long signedEvents() {
        return s.audit().latest(principal, 500).stream().filter(e -> e.kind() == AuditKind.REGISTER_SIGNED).count();
    }

    private static CatalogueEntry entry(RecordCatalogue c, RegisterName book, String what) {
        return c.entries().stream().filter(e -> e.register() == book && e.what().equals(what)).findFirst()
                .orElseThrow(() -> new AssertionError(book + " " + what));
    }

    private static PrintRequest classBook(String className) {
        return new PrintRequest(RegisterName.SO_THEO_DOI_DANH_GIA, RegisterScope.ofClass(className),
                RegisterPeriod.HK1, Paper.A4, null);
    }

    /** The clerk clears the Toán HK1 GK mark of the class's first pupil. */
    private static void clearFirstToanGk1(String className) {
        setFirstToanGk1(className, "");
    }

    /** The clerk types {@code text} as the Toán HK1 GK mark of the class's first pupil. */
    private static void setFirstToanGk1(String className, String text) {
        SchoolClass c = classNamed(className);
        long pupil = s.gradebook().classBook(clerk, c.id()).roster().stream().filter(RosterRow::current).findFirst()
                .orElseThrow().pupilId();
        s.gradebook().save(clerk, c.id(), SheetRef.subject("TOAN"), List.of(CellEdit.of(pupil, "HK1.GK", text)),
                Via.IMPORT);
    }

    private static String firstPupilCode(String className) {
        return s.gradebook().classBook(clerk, classNamed(className).id()).roster().stream().filter(RosterRow::current)
                .findFirst().orElseThrow().pupil().code();
    }

    /** The clerk re-imports one Toán HK1 TX1 mark of the class's first pupil with another value. */
    private static void changeFirstToanTx1(String className) {
        SchoolClass c = classNamed(className);
        RosterRow pupil = s.gradebook().classBook(clerk, c.id()).roster().stream().filter(RosterRow::current)
                .findFirst().orElseThrow();
        String old = s.gradebook().sheet(clerk, c.id(), SheetRef.subject("TOAN")).row(pupil.pupilId()).orElseThrow()
                .text("HK1.TX1");
        String wanted = "10.0".equals(old) || "10".equals(old) ? "9" : "10";
        s.gradebook().save(clerk, c.id(), SheetRef.subject("TOAN"),
                List.of(CellEdit.of(pupil.pupilId(), "HK1.TX1", wanted)), Via.IMPORT);
    }

    private static String code(Runnable call) {
        try {
            call.run();
            return "ok";
        } catch (DomainException e) {
            return e.code();
        }
    }
}
