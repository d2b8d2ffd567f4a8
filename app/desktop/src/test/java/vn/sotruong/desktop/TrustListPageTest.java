package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.signature.Certificates;
import vn.sotruong.core.signature.SigningCredential;
import vn.sotruong.core.signature.TrustListService;
import vn.sotruong.data.signature.FakeVietnameseCa;
import vn.sotruong.desktop.signing.SigningKeysViewModel;
import vn.sotruong.desktop.signing.TrustListViewModel;
import vn.sotruong.desktop.signing.TrustListViewModel.BindingRow;
import vn.sotruong.desktop.signing.TrustListViewModel.RootRow;

/**
 * The trust list on the Chữ ký số page: a file that is no certificate is refused with the reason; a CA root file shows
 * its name and fingerprint and is added only on confirmation; the teacher's registered VNPT certificate waits until
 * the administrator confirms it.
 */
class TrustListPageTest extends FxTestBase {
    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorAddsARootAfterSeeingItsFingerprintAndConfirmsATeachersCertificate() throws Exception {
        TestSchool.create(services());
        FakeVietnameseCa vnpt = new FakeVietnameseCa(NOW);
        SigningCredential toan = vnpt.person("Đỗ Minh Toàn");
        Actor teacher = services().auth().login(TestSchool.TEACHER, TestSchool.PASSWORD.toCharArray(), "t").actor();
        services().signatures().trust().register(teacher, TestSchool.TEACHER, Certificates.der(toan.certificate()));
        Path rootFile = Files.write(dataDir.resolve("root-ca.crt"), FakeVietnameseCa.pem(vnpt.root.certificate()));
        Path junk = Files.writeString(dataDir.resolve("rac.cer"), "không phải chứng thư");
        startApp(config());
        openAs(TestSchool.ADMIN, "#nav-signing");
        TrustListViewModel trust = ((SigningKeysViewModel) lookup("#keys-page").query().getUserData()).trust();

        interact(() -> trust.preview(junk));
        assertThat(textOf("#keys-error")).isEqualTo(
                "Tệp không phải chứng thư số X.509 đọc được (.cer/.crt, dạng DER hoặc PEM).");
        assertThat(visible("#trust-confirm-box")).isFalse();

        interact(() -> trust.preview(rootFile));
        String fp = TrustListService.fingerprint(vnpt.root.certificate());
        assertThat(textOf("#trust-pending")).contains("Root CA Thử nghiệm", fp.substring(0, 2) + ":" + fp.substring(2, 4));
        assertThat(visible("#trust-confirm-box")).isTrue();
        assertThat(services().signatures().trust().roots()).isEmpty();
        clickOn("#trust-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#keys-info")).isEqualTo("Đã thêm chứng thư gốc vào danh sách tin cậy.");
        TableView<RootRow> roots = lookup("#trust-roots").queryAs(TableView.class);
        assertThat(roots.getItems()).singleElement().satisfies(r -> assertThat(r.name())
                .isEqualTo("Root CA Thử nghiệm (Bộ Thông tin và Truyền thông)"));
        assertThat(services().signatures().trust().roots()).hasSize(1);

        TableView<BindingRow> bindings = lookup("#trust-bindings").queryAs(TableView.class);
        assertThat(bindings.getItems()).singleElement().satisfies(b -> {
            assertThat(b.state()).isEqualTo("Chờ quản trị xác nhận");
            assertThat(b.issuer()).isEqualTo("VNPT-CA Thử nghiệm");
        });
        // the button shows for an account manager; it sits below the fold of the test window, so the view model is called
        assertThat(lookup("#trust-confirm").query().isVisible()).isTrue();
        interact(() -> trust.confirm(bindings.getItems().getFirst()));
        assertThat(bindings.getItems()).singleElement().satisfies(b -> assertThat(b.confirmed()).isTrue());
        assertThat(textOf("#keys-info")).isEqualTo("Đã xác nhận chứng thư “Đỗ Minh Toàn” là của " + TestSchool.TEACHER + ".");
        interact(() -> trust.preview(rootFile));
        Screenshots.save(stage.getScene().getRoot(), "signing-trust-list.png");
        clickOn("#trust-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#keys-error")).startsWith("Chứng thư có vân tay " + fp + " đã ở trong danh sách tin cậy");
        assertThat(services().signatures().trust().roots()).hasSize(1);
    }
}
