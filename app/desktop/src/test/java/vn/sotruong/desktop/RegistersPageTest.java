package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.security.Actor;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.registers.LedgerRow;

/**
 * The office clerk's In sổ page over a real store and the real JasperReports printer: what is refused (no class,
 * a folder that does not exist) changes nothing; a class book printed into a temporary folder lands in the ledger
 * as "Còn đúng"; a score entered afterwards makes it "Đã lỗi thời" with the sheet to reprint, the home page counts
 * it, and "In lại" prints it again.
 */
class RegistersPageTest extends FxTestBase {
    private static final String CLERK = TestSchool.CLERK;
    private long c6a;
    private long an;

    private void schoolWithPupils() {
        TestSchool.createWithClerk(services());
        Actor admin = admin();
        long year = services().years().currentYear().orElseThrow().id();
        c6a = services().organisation().classes(admin, year).stream().filter(c -> c.name().equals("6A"))
                .findFirst().map(SchoolClass::id).orElseThrow();
        an = admit(admin, "HS001", "Nguyễn Thị Ánh Dương", 1);
        admit(admin, "HS002", "Trần Quốc Bảo", 2);
    }

    private long admit(Actor admin, String code, String name, int day) {
        return services().pupils().admit(admin, c6a, new Pupil(0, code, name, LocalDate.of(2014, 3, day), Gender.NU,
                null, null, null, false, null, null, null, null, null, null), LocalDate.of(2026, 9, 5), null);
    }

    @SuppressWarnings("unchecked")
    private List<LedgerRow> ledger() {
        return List.copyOf(lookup("#registers-ledger").queryAs(TableView.class).getItems());
    }

    private String label(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }

    private void openRegisters() {
        clickOn("#nav-registers");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAttendanceSheetAsksForItsMonthAndAPersonalBookForItsTeacher() throws Exception {
        schoolWithPupils();
        Path folder = Files.createDirectories(dataDir.resolve("so-in"));
        startApp(config());
        signIn(CLERK, TestSchool.PASSWORD);
        awaitScreen("main");
        openRegisters();
        ComboBox<RegisterName> book = lookup("#registers-book").queryAs(ComboBox.class);
        assertThat(visible("#registers-month")).as("the class book asks for no month").isFalse();
        interact(() -> book.getSelectionModel().select(RegisterName.SO_GOI_TEN));
        assertThat(visible("#registers-month")).isTrue();
        assertThat(visible("#registers-teacher")).isFalse();
        // the 15th: this month's sheet (in the first week of a month the month before is offered)
        assertThat(lookup("#registers-month").queryTextInputControl().getText()).isEqualTo("10/2026");
        ComboBox<Choice> cls = lookup("#registers-class").queryAs(ComboBox.class);
        interact(() -> cls.getSelectionModel().select(cls.getItems().stream().filter(c -> c.label().equals("6A"))
                .findFirst().orElseThrow()));
        Path pdf = folder.resolve("goi-ten-6A.pdf");
        fill("#registers-out", pdf.toString());

        fill("#registers-month", "13/2026");
        clickOn("#registers-print");
        assertThat(label("#registers-error")).isEqualTo("“13/2026” không phải tháng dạng MM/yyyy (ví dụ 11/2026).");
        assertThat(ledger()).isEmpty();
        assertThat(pdf).doesNotExist();

        fill("#registers-month", "10/2026");
        clickOn("#registers-print");
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> !ledger().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#registers-error")).isEmpty();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        assertThat(ledger()).hasSize(1);
        assertThat(ledger().getFirst().period()).contains("tháng 10/2026");

        // the personal book: no teacher chosen is refused, nothing printed
        interact(() -> book.getSelectionModel().select(RegisterName.SO_CA_NHAN));
        assertThat(visible("#registers-month")).isFalse();
        assertThat(visible("#registers-teacher")).isTrue();
        assertThat(visible("#registers-blank")).isTrue();
        fill("#registers-out", folder.resolve("ca-nhan.pdf").toString());
        clickOn("#registers-print");
        assertThat(label("#registers-error")).isEqualTo("Hãy chọn giáo viên và môn của sổ cá nhân.");
        assertThat(ledger()).hasSize(1);
        Screenshots.save(stage.getScene().getRoot(), "registers-options.png");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theClerkPrintsAClassBookSeesItGoOutOfDateAndPrintsItAgain() throws Exception {
        schoolWithPupils();
        Path folder = Files.createDirectories(dataDir.resolve("so-in"));
        startApp(config());
        signIn(CLERK, TestSchool.PASSWORD);
        awaitScreen("main");
        assertThat(visible("#home-reprint")).as("nothing printed, nothing to reprint").isFalse();
        openRegisters();

        ComboBox<RegisterName> book = lookup("#registers-book").queryAs(ComboBox.class);
        assertThat(book.getItems()).containsExactly(RegisterName.values());
        assertThat(label("#registers-order")).contains("bìa", "mỗi môn một tờ");

        // no class chosen: a clear reason, nothing printed
        fill("#registers-out", folder.resolve("so-6A.pdf").toString());
        clickOn("#registers-print");
        assertThat(label("#registers-error")).isEqualTo("Hãy chọn lớp cần in.");
        ComboBox<Choice> cls = lookup("#registers-class").queryAs(ComboBox.class);
        interact(() -> cls.getSelectionModel().select(cls.getItems().stream().filter(c -> c.label().equals("6A"))
                .findFirst().orElseThrow()));

        // a folder that does not exist: refused, no file, no ledger line
        Path nowhere = dataDir.resolve("khong-co").resolve("so-6A.pdf");
        fill("#registers-out", nowhere.toString());
        clickOn("#registers-print");
        assertThat(label("#registers-error")).startsWith("Không ghi được tệp").contains("khong-co");
        assertThat(ledger()).isEmpty();
        assertThat(nowhere.getParent()).doesNotExist();
        assertThat(services().printStatus().statuses(services().auth().login(CLERK,
                TestSchool.PASSWORD.toCharArray(), "t").actor(), year())).isEmpty();

        // the class book of 6A, term 1, on A4
        ComboBox<vn.sotruong.core.registers.RegisterPeriod> period = lookup("#registers-period").queryAs(ComboBox.class);
        interact(() -> period.getSelectionModel().select(vn.sotruong.core.registers.RegisterPeriod.HK1));
        Path pdf = folder.resolve("so-6A.pdf");
        fill("#registers-out", pdf.toString());
        // nothing is entered yet: refused, naming what is missing (ADR 0044); printed as a draft when ticked
        clickOn("#registers-print");
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> label("#registers-error").startsWith("Chưa in được: sổ còn thiếu"));
        assertThat(label("#registers-error")).contains("6A · ", "In bản nháp");
        assertThat(ledger()).isEmpty();
        assertThat(pdf).doesNotExist();
        clickOn("#registers-draft");
        clickOn("#registers-print");
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> !ledger().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#registers-error")).isEmpty();
        assertThat(label("#registers-info")).startsWith("Đã in " + pdf).contains("sổ in số 1");
        assertThat(visible("#registers-open-folder")).isTrue();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        LedgerRow first = ledger().getFirst();
        assertThat(first.book()).isEqualTo("Sổ theo dõi và đánh giá học sinh (theo lớp học)");
        assertThat(first.scope()).isEqualTo("Lớp 6A");
        assertThat(first.period()).isEqualTo("Học kì I");
        assertThat(first.printedBy()).isEqualTo(CLERK);
        assertThat(first.pages()).isGreaterThan(2);
        assertThat(first.status()).isEqualTo("Còn đúng");
        assertThat(first.parts()).startsWith("6A · Bìa (tr. 1–2); 6A · Ngữ văn, 6A · Toán").endsWith("6A · Tổng hợp kết quả (tr. 16)");
        Screenshots.save(stage.getScene().getRoot(), "registers-page.png");

        // a Toán score entered after the print: the book is out of date, and says which sheet
        services().gradebook().save(admin(), c6a, SheetRef.subject("TOAN"),
                List.of(CellEdit.of(an, ColumnLayout.tx(1, 1), "8")), Via.IMPORT);
        clickOn("#nav-home");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#home-reprint")).isTrue();
        assertThat(label("#home-reprint-count")).isEqualTo("1 sổ đã in cần in lại");
        Screenshots.save(stage.getScene().getRoot(), "home-reprint.png");
        clickOn("#home-reprint-open");
        WaitForAsyncUtils.waitForFxEvents();

        LedgerRow stale = ledger().getFirst();
        assertThat(stale.status()).isEqualTo("Đã lỗi thời");
        assertThat(stale.reason()).contains("6A · Toán");
        assertThat(label("#registers-ledger-note")).isEqualTo("1 lần in; 1 sổ cần in lại.");
        TableView<LedgerRow> table = lookup("#registers-ledger").queryAs(TableView.class);
        interact(() -> table.getSelectionModel().select(0));
        assertThat(label("#registers-reason")).startsWith("Sổ in số 1 – Đã lỗi thời. Dữ liệu đã đổi sau khi in: 6A · Toán");
        Screenshots.save(stage.getScene().getRoot(), "registers-superseded.png");

        // In lại: beside the file named in the form, under the book's own name
        fill("#registers-out", pdf.toString());
        clickOn("#registers-reprint");
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> ledger().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        Path again = folder.resolve("so-theo-doi-danh-gia-6A-1-A4-in-lai-so-1.pdf");
        assertThat(again).exists();
        // kept beside the screenshots, to look at the book printed from the page (pdftoppm)
        Files.copy(again, Files.createDirectories(Screenshots.DIR).resolve("registers-reprint-6A.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(ledger()).extracting(LedgerRow::id, LedgerRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "Còn đúng"), org.assertj.core.groups.Tuple.tuple(1L, "Đã lỗi thời"));
        assertThat(ledger().get(1).reason()).contains("Đã in lại: sổ in số 2");
        assertThat(ledger().get(1).toReprint()).isFalse();
        clickOn("#registers-only-out-of-date");
        assertThat(ledger()).extracting(LedgerRow::id).containsExactly(1L);
        clickOn("#nav-home");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#home-reprint")).as("reprinted: nothing left to reprint").isFalse();
    }

    @Test
    void aTeacherHasNoPrintPageAndNoTile() throws Exception {
        schoolWithPupils();
        startApp(config());
        signIn(TestSchool.TEACHER, TestSchool.PASSWORD);
        awaitScreen("main");
        assertThat(navItems()).doesNotContain(vn.sotruong.desktop.shell.NavItem.REGISTERS);
        assertThat(visible("#home-reprint")).isFalse();
    }

    private long year() {
        return services().years().currentYear().orElseThrow().id();
    }
}
