package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.core.security.Actor;
import vn.sotruong.desktop.registers.LedgerRow;

/**
 * "Ký số…" on the In sổ page: the principal chooses a printed book in the ledger, a wrong key password is refused
 * with the reason and nothing signed, the right one signs it and the row says "Đã ký" with who and when.
 */
class BookSigningPageTest extends FxTestBase {
    private static final String KEY = "KhoaKy#2026";

    @SuppressWarnings("unchecked")
    private List<LedgerRow> ledger() {
        return List.copyOf(lookup("#registers-ledger").queryAs(TableView.class).getItems());
    }

    private String label(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePrincipalSignsAPrintedBookWithTheirKey() throws Exception {
        TestSchool.create(services());
        Actor admin = admin();
        long year = services().years().currentYear().orElseThrow().id();
        long c6a = services().organisation().classes(admin, year).stream().filter(c -> c.name().equals("6A"))
                .findFirst().map(SchoolClass::id).orElseThrow();
        services().pupils().admit(admin, c6a, new Pupil(0, "HS001", "Nguyễn Thị Ánh Dương", LocalDate.of(2014, 3, 1),
                Gender.NU, null, null, null, false, null, null, null, null, null, null), LocalDate.of(2026, 9, 5), null);
        services().signatures().createAuthority(admin);
        Actor principal = services().auth().login(TestSchool.PRINCIPAL, TestSchool.PASSWORD.toCharArray(), "t").actor();
        services().signatures().issue(principal, TestSchool.PRINCIPAL, KEY.toCharArray());
        Path folder = Files.createDirectories(dataDir.resolve("so-in"));
        services().registers(new vn.sotruong.reports.JasperRegisterPrinter()).print(principal,
                new PrintRequest(RegisterName.SO_DANG_BO, RegisterScope.ofClass("6A"), RegisterPeriod.YEAR, Paper.A4,
                        null), folder.resolve("dang-bo-6A.pdf"));

        startApp(config());
        signIn(TestSchool.PRINCIPAL, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-registers");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ledger().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#registers-sign")).isTrue();
        assertThat(lookup("#registers-sign").queryButton().isDisabled()).as("nothing chosen").isTrue();
        assertThat(visible("#registers-sign-pane")).isFalse();
        TableView<LedgerRow> table = lookup("#registers-ledger").queryAs(TableView.class);
        interact(() -> table.getSelectionModel().select(0));
        clickOn("#registers-sign");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#registers-sign-pane")).isTrue();
        assertThat(label("#registers-sign-what")).startsWith("Ký số sổ in số 1: Sổ đăng bộ, Lớp 6A");

        // a wrong key password: the reason, nothing signed
        typeKey("SaiMatKhau1");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !label("#registers-error").isEmpty());
        assertThat(label("#registers-error")).isEqualTo("Sai mật khẩu khóa ký.");
        assertThat(ledger().getFirst().signed()).isFalse();
        assertThat(services().stores().printLedger().signatures(year)).isEmpty();
        assertThat(visible("#registers-sign-pane")).as("the password may be typed again").isTrue();
        Screenshots.save(stage.getScene().getRoot(), "registers-sign-wrong-key.png");

        typeKey(KEY);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !ledger().isEmpty() && ledger().getFirst().signed());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#registers-error")).isEmpty();
        assertThat(label("#registers-info")).startsWith("Đã ký số sổ in số 1");
        assertThat(visible("#registers-sign-pane")).isFalse();
        LedgerRow row = ledger().getFirst();
        assertThat(row.status()).isEqualTo("Còn đúng · Đã ký");
        assertThat(row.signature()).startsWith("Đã ký số: hieutruong, lúc ");
        assertThat(services().stores().printLedger().signatures(year)).hasSize(1);
        interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#registers-sign").queryButton().isDisabled()).as("signed once").isTrue();
        assertThat(label("#registers-signature")).startsWith("Đã ký số: hieutruong");
        Screenshots.save(stage.getScene().getRoot(), "registers-signed.png");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCatalogueShowsEachBookAndTheClerkRecordsOneBound() throws Exception {
        TestSchool.create(services());
        Actor principal = services().auth().login(TestSchool.PRINCIPAL, TestSchool.PASSWORD.toCharArray(), "t").actor();
        Path folder = Files.createDirectories(dataDir.resolve("so-in"));
        services().registers(new vn.sotruong.reports.JasperRegisterPrinter()).print(principal,
                new PrintRequest(RegisterName.SO_DANG_BO, RegisterScope.school(), RegisterPeriod.YEAR, Paper.A4, null),
                folder.resolve("dang-bo.pdf"));

        startApp(config());
        CataloguePage.openAsPrincipal(this);
        List<vn.sotruong.desktop.registers.CatalogueRow> rows = catalogue();
        assertThat(rows).extracting(vn.sotruong.desktop.registers.CatalogueRow::what)
                .contains("Lớp 6A", "Lớp 6A · tháng 09/2026", "Lớp 6A · tháng 10/2026", "Toàn trường");
        vn.sotruong.desktop.registers.CatalogueRow register = row("Sổ đăng bộ", "Toàn trường");
        assertThat(register.state()).isEqualTo("Đã in");
        assertThat(row("Học bạ", "Lớp 7A").state()).isEqualTo("Chưa in");
        assertThat(label("#catalogue-summary")).endsWith("0 đã lỗi thời.");

        TableView<vn.sotruong.desktop.registers.CatalogueRow> table = lookup("#catalogue-table").queryAs(TableView.class);
        interact(() -> table.getSelectionModel().select(register));
        // a day in the future: the reason, nothing recorded
        interact(() -> lookup("#catalogue-day").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(LocalDate.of(2026, 10, 20)));
        clickOn("#catalogue-bound");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !label("#catalogue-error").isEmpty());
        assertThat(label("#catalogue-error")).isEqualTo("Ngày 20/10/2026 ở tương lai.");
        long year = services().years().currentYear().orElseThrow().id();
        assertThat(services().stores().printLedger().keeping(year)).isEmpty();

        interact(() -> lookup("#catalogue-day").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(LocalDate.of(2026, 10, 15)));
        interact(() -> table.getSelectionModel().select(row("Sổ đăng bộ", "Toàn trường")));
        clickOn("#catalogue-bound");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> row("Sổ đăng bộ", "Toàn trường").state()
                .equals("Đã đóng quyển"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#catalogue-error")).isEmpty();
        assertThat(row("Sổ đăng bộ", "Toàn trường").bound()).isEqualTo("15/10/2026");
        assertThat(services().stores().printLedger().keeping(year)).hasSize(1);
        Screenshots.save(stage.getScene().getRoot(), "registers-catalogue.png");
    }

    /** The pane sits under the ledger, maybe below the window's edge: typed and confirmed without the mouse. */
    private void typeKey(String password) {
        interact(() -> lookup("#registers-key-password").queryAs(javafx.scene.control.PasswordField.class)
                .setText(password));
        interact(() -> lookup("#registers-sign-confirm").queryButton().fire());
    }

    private List<vn.sotruong.desktop.registers.CatalogueRow> catalogue() {
        return CataloguePage.rows(this);
    }

    private vn.sotruong.desktop.registers.CatalogueRow row(String book, String what) {
        return catalogue().stream().filter(r -> r.book().equals(book) && r.what().equals(what)).findFirst()
                .orElseThrow(() -> new AssertionError(book + " " + what));
    }
}
