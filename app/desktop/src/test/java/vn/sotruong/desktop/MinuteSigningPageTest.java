package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.correction.CorrectionRequest;
import vn.sotruong.core.correction.MinuteSignature;
import vn.sotruong.core.correction.MinuteStatus;
import vn.sotruong.core.correction.SignerRole;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.security.Actor;
import vn.sotruong.desktop.corrections.CorrectionsViewModel;
import vn.sotruong.desktop.corrections.CorrectionsViewModel.MinuteRow;
import vn.sotruong.desktop.corrections.CorrectionsViewModel.SignatureRow;
import vn.sotruong.desktop.corrections.KeyChoice;
import vn.sotruong.desktop.corrections.SignFormViewModel;
import vn.sotruong.reports.JasperMinutePrinter;
import vn.sotruong.reports.PadesSigner;

/**
 * Signing an applied correction minute in the app: the teacher (stored key; a wrong password first is refused and
 * changes nothing), the principal, then the administrator with their exported .p12 file; the page shows who signed
 * and that the PDF is intact; the administrator archives it; the PDF opens through the viewer port and verifies
 * with pdfsig, and fails after one changed byte.
 */
class MinuteSigningPageTest extends FxTestBase {
    static final String KEY_PASSWORD = "KhoaKy#2026";
    private Actor office;
    private long minute;
    private final List<String> opened = new ArrayList<>();
    private final List<byte[]> openedBytes = new ArrayList<>();

    private void anAppliedMinuteAndKeys() throws Exception {
        TestSchool.create(services());
        office = admin();
        GradebookData data = new GradebookData(services(), office);
        data.class6A();
        long classId = data.classId("6A");
        var rows = services().gradebook().sheet(office, classId, SheetRef.subject("TOAN")).rows();
        long anh = rows.get(0).pupil().pupilId();
        long bao = rows.get(1).pupil().pupilId();
        Actor teacher = login(TestSchool.TEACHER);
        services().gradebook().save(teacher, classId, SheetRef.subject("TOAN"),
                List.of(CellEdit.of(anh, "HK1.TX1", "5"), CellEdit.of(bao, "HK1.TX1", "4")), Via.GRID);
        // two cells in one minute
        minute = services().corrections().draft(teacher, classId, "Nhập nhầm điểm TX1 của hai em",
                List.of(new CorrectionRequest(anh, SheetRef.subject("TOAN"), "HK1.TX1", "6"),
                        new CorrectionRequest(bao, SheetRef.subject("TOAN"), "HK1.TX1", "8")));
        services().corrections().addEvidence(teacher, minute, "so-diem-ca-nhan.png", png());
        services().corrections().submit(teacher, minute);
        services().corrections().approve(login(TestSchool.PRINCIPAL), minute, "Đồng ý theo sổ điểm cá nhân");
        services().corrections().apply(teacher, minute);
        services().signatures().createAuthority(office);
        for (String who : List.of(TestSchool.ADMIN, TestSchool.PRINCIPAL, TestSchool.TEACHER)) {
            Actor a = login(who);
            services().signatures().issue(a, who, KEY_PASSWORD.toCharArray());
        }
    }

    private Actor login(String who) {
        return services().auth().login(who, TestSchool.PASSWORD.toCharArray(), "t").actor();
    }

    private static byte[] png() throws Exception {
        BufferedImage img = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        img.getGraphics().fillRect(5, 5, 30, 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private CorrectionsViewModel openMinutes(String who) throws Exception {
        signIn(who, TestSchool.PASSWORD);
        awaitScreen("main");
        interact(() -> flow.useDocumentOpener((name, bytes) -> {
            opened.add(name);
            openedBytes.add(bytes);
            return true;
        }));
        clickOn("#nav-corrections");
        WaitForAsyncUtils.waitForFxEvents();
        CorrectionsViewModel vm = (CorrectionsViewModel) lookup("#corrections-page").query().getUserData();
        @SuppressWarnings("unchecked")
        TableView<MinuteRow> table = lookup("#corrections-table").queryAs(TableView.class);
        interact(() -> table.getSelectionModel().select(0));
        return vm;
    }

    private void signOut() {
        clickOn("#menu-system").clickOn("#menu-signout");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SignFormViewModel openSignForm() {
        clickOn("#correction-sign");
        WaitForAsyncUtils.waitForFxEvents();
        return (SignFormViewModel) lookup("#sign-form").query().getUserData();
    }

    private List<MinuteSignature> signatures() {
        return services().minuteSigning(new JasperMinutePrinter(), new PadesSigner()).signatures(office, minute);
    }

    private MinuteStatus status() {
        return services().corrections().minute(office, minute).status();
    }

    @Test
    void threeSignersSignInTheAppAndTheAdministratorArchives() throws Exception {
        anAppliedMinuteAndKeys();
        startApp(config());

        // the teacher: a wrong key password is refused in the form, nothing signed
        CorrectionsViewModel page = openMinutes(TestSchool.TEACHER);
        assertThat(visible("#correction-sign")).isTrue();
        assertThat(visible("#correction-archive")).isFalse();
        assertThat(textOf("#correction-pdf-state")).isEqualTo("Biên bản chưa được ký.");
        SignFormViewModel form = openSignForm();
        fill("#sign-secret", "SaiMatKhau1");
        clickOn("#sign-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#sign-error")).isEqualTo("Sai mật khẩu khóa ký.");
        assertThat(form.secretProperty().get()).isEmpty();
        assertThat(signatures()).isEmpty();
        // a USB token without its library path: refused in the form too
        interact(() -> form.choiceProperty().set(KeyChoice.TOKEN));
        fill("#sign-library", "");
        fill("#sign-secret", "1234");
        clickOn("#sign-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#sign-error")).isEqualTo("Cần nhập đường dẫn thư viện PKCS#11 của USB token.");
        interact(() -> form.choiceProperty().set(KeyChoice.STORED));
        fill("#sign-secret", KEY_PASSWORD);
        Screenshots.save(lookup("#sign-form").query(), "minute-sign-form.png");
        clickOn("#sign-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#sign-form").tryQuery()).isEmpty();
        assertThat(textOf("#corrections-info")).isEqualTo("Đã ký biên bản số 1 với tư cách Giáo viên.");
        assertThat(signatures()).extracting(MinuteSignature::role).containsExactly(SignerRole.TEACHER);
        assertThat(visible("#correction-sign")).isFalse();
        assertThat(textOf("#correction-pdf-state")).startsWith("Bản PDF nguyên vẹn: 1 chữ ký hợp lệ");
        signOut();

        // the principal with the stored key
        openMinutes(TestSchool.PRINCIPAL);
        openSignForm();
        fill("#sign-secret", KEY_PASSWORD);
        clickOn("#sign-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(signatures()).hasSize(2);
        assertThat(status()).isEqualTo(MinuteStatus.APPLIED);
        signOut();

        // the administrator with the .p12 file exported from Sổ Trường
        Path p12 = dataDir.resolve("quantri.p12");
        Files.write(p12, services().signatures().export(office, TestSchool.ADMIN));
        page = openMinutes(TestSchool.ADMIN);
        SignFormViewModel adminForm = openSignForm();
        interact(() -> adminForm.choiceProperty().set(KeyChoice.FILE));
        fill("#sign-file", p12.toString());
        fill("#sign-secret", KEY_PASSWORD);
        clickOn("#sign-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status()).isEqualTo(MinuteStatus.SIGNED);
        @SuppressWarnings("unchecked")
        TableView<SignatureRow> table = lookup("#correction-signatures").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(SignatureRow::role)
                .containsExactly("Giáo viên", "Hiệu trưởng", "Quản trị hệ thống");
        assertThat(table.getItems()).extracting(SignatureRow::who)
                .containsExactly("Đỗ Minh Toàn", "Phạm Thị Hạnh", "Nguyễn Văn Quản");
        assertThat(table.getItems()).extracting(SignatureRow::certificate).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(textOf("#correction-pdf-state")).startsWith("Bản PDF nguyên vẹn: 3 chữ ký hợp lệ");
        assertThat(visible("#correction-archive")).isTrue();
        Screenshots.save(stage.getScene().getRoot(), "minute-signed.png");

        // open the PDF and the evidence through the viewer port
        clickOn("#correction-open-pdf");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("bien-ban-sua-diem-1.pdf");
        @SuppressWarnings("unchecked")
        TableView<CorrectionsViewModel.EvidenceRow> evidence = lookup("#correction-evidence").queryAs(TableView.class);
        interact(() -> evidence.getSelectionModel().select(0));
        clickOn("#correction-open-evidence");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("bien-ban-sua-diem-1.pdf", "so-diem-ca-nhan.png");
        assertThat(openedBytes.get(1)).isEqualTo(png());

        Path pdf = dataDir.resolve("bien-ban.pdf");
        Files.write(pdf, openedBytes.getFirst());
        Pdfsig.check(pdf, 3, true);
        byte[] tampered = openedBytes.getFirst().clone();
        int at = new String(tampered, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Title") + 2;
        tampered[at] ^= 0x01;
        Path bad = dataDir.resolve("bien-ban-sua.pdf");
        Files.write(bad, tampered);
        Pdfsig.check(bad, 3, false);

        clickOn("#correction-archive");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status()).isEqualTo(MinuteStatus.ARCHIVED);
        assertThat(textOf("#corrections-info")).startsWith("Đã lưu trữ biên bản số 1");
        assertThat(visible("#correction-archive")).isFalse();
        Screenshots.save(stage.getScene().getRoot(), "minute-archived.png");
    }

    /** poppler's pdfsig on the signed minute. */
    static final class Pdfsig {
        private Pdfsig() {
        }

        static void check(Path pdf, int signatures, boolean valid) throws Exception {
            Process p;
            try {
                p = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
            } catch (java.io.IOException e) {
                org.junit.jupiter.api.Assumptions.assumeTrue(false, "pdfsig (poppler-utils) is not installed");
                return;
            }
            String report = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            long ok = report.lines().filter(l -> l.contains("Signature Validation: Signature is Valid.")).count();
            if (valid) {
                assertThat(ok).as(report).isEqualTo(signatures);
            } else {
                assertThat(ok).as(report).isLessThan(signatures);
            }
        }
    }
}
