package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.signature.SigningKey;
import vn.sotruong.desktop.signing.SigningKeysViewModel;
import vn.sotruong.desktop.signing.SigningKeysViewModel.KeyRow;

/**
 * The Chữ ký số page: the administrator creates the school's authority, issues a teacher's key (two passwords that
 * differ and a short one refused first), exports it as .p12; importing a .p12 with a wrong password is refused
 * with a translated message and leaves the current key as it was; with the right one it replaces it.
 */
class SigningKeysPageTest extends FxTestBase {
    private SigningKeysViewModel open() throws Exception {
        TestSchool.create(services());
        startApp(config());
        openAs(TestSchool.ADMIN, "#nav-signing");
        return (SigningKeysViewModel) lookup("#keys-page").query().getUserData();
    }

    private void issue(String login, String password, String repeat) {
        interact(() -> lookupLogin().setValue(login));
        fill("#keys-password", password);
        fill("#keys-repeat", repeat);
        clickOn("#keys-issue");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.control.ComboBox<String> lookupLogin() {
        return lookup("#keys-login").queryAs(javafx.scene.control.ComboBox.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorCreatesTheAuthorityIssuesExportsAndImportsKeys() throws Exception {
        SigningKeysViewModel vm = open();
        assertThat(textOf("#keys-authority")).isEqualTo("Trường chưa có tổ chức cấp chứng thư số.");
        // no authority yet: issuing is refused with the reason
        issue(TestSchool.TEACHER, "KhoaKy#2026", "KhoaKy#2026");
        assertThat(textOf("#keys-error")).startsWith("Trường chưa tạo tổ chức cấp chứng thư số");
        clickOn("#keys-create-authority");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#keys-authority")).startsWith("Tổ chức cấp chứng thư của trường: Trường THCS Nguyễn Du");
        assertThat(visible("#keys-create-authority")).isFalse();

        issue(TestSchool.TEACHER, "KhoaKy#2026", "KhoaKy#2027");
        assertThat(textOf("#keys-error")).isEqualTo("Hai lần nhập mật khẩu khóa ký không khớp.");
        issue(TestSchool.TEACHER, "ngan", "ngan");
        assertThat(textOf("#keys-error")).isEqualTo("Mật khẩu khóa ký cần ít nhất 8 kí tự.");
        assertThat(services().signatures().currentKey(TestSchool.TEACHER)).isEmpty();
        issue(TestSchool.TEACHER, "KhoaKy#2026", "KhoaKy#2026");
        assertThat(textOf("#keys-info")).isEqualTo("Đã cấp khóa ký cho tài khoản gv.toan1.");
        issue(TestSchool.ADMIN, "QuanTri#2026", "QuanTri#2026");
        TableView<KeyRow> table = lookup("#keys-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(KeyRow::login, KeyRow::name, KeyRow::state)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("gv.toan1", "Đỗ Minh Toàn", "Còn hiệu lực"),
                        org.assertj.core.groups.Tuple.tuple("admin", "Nguyễn Văn Quản", "Còn hiệu lực"));
        assertThat(table.getItems()).allSatisfy(r -> assertThat(r.validUntil()).isEqualTo("15/10/2031"));

        Path p12 = dataDir.resolve("admin.p12");
        interact(() -> lookupLogin().setValue(TestSchool.ADMIN));
        interact(() -> vm.exportTo(p12));
        assertThat(textOf("#keys-info")).startsWith("Đã xuất khóa ký của admin ra tệp admin.p12");
        assertThat(Files.readAllBytes(p12)).isEqualTo(services().signatures().currentKey(TestSchool.ADMIN)
                .orElseThrow().pkcs12());

        // importing one's own .p12 with a wrong password: refused, the current key unchanged
        SigningKey before = services().signatures().currentKey(TestSchool.ADMIN).orElseThrow();
        fill("#keys-import-file", p12.toString());
        fill("#keys-import-password", "SaiMatKhau#1");
        clickOn("#keys-import");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#keys-error")).isEqualTo("Sai mật khẩu khóa ký.");
        assertThat(services().signatures().currentKey(TestSchool.ADMIN).orElseThrow().id()).isEqualTo(before.id());
        fill("#keys-import-file", dataDir.resolve("khong-co.p12").toString());
        fill("#keys-import-password", "QuanTri#2026");
        clickOn("#keys-import");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#keys-error")).contains("khong-co.p12");
        assertThat(services().signatures().currentKey(TestSchool.ADMIN).orElseThrow().id()).isEqualTo(before.id());

        fill("#keys-import-file", p12.toString());
        fill("#keys-import-password", "QuanTri#2026");
        clickOn("#keys-import");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#keys-info")).isEqualTo("Đã nhập khóa ký từ tệp .p12.");
        assertThat(services().signatures().currentKey(TestSchool.ADMIN).orElseThrow().origin())
                .isEqualTo(SigningKey.Origin.IMPORTED);
        Screenshots.save(stage.getScene().getRoot(), "signing-keys.png");
    }
}
