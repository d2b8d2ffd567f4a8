package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.correction.MinuteSignature;
import vn.sotruong.core.correction.MinuteStatus;
import vn.sotruong.core.correction.SignerRole;
import vn.sotruong.core.signature.PdfCheck;
import vn.sotruong.core.signature.PdfSignatureCheck;

/**
 * The correction minute printed and signed by its three signers on a real store: the PDF's text and fonts, three
 * PAdES signatures that verify (here and with poppler's pdfsig), a changed byte detected, and the refusals.
 */
class MinuteSigningTest {
    @TempDir
    Path out;
    private final AppliedMinute f = new AppliedMinute();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void threeSignersSignTheAppliedMinuteInAnyOrderAndItVerifies() throws Exception {
        f.apply();
        MinuteSignature first = f.signing.sign(f.teacher, f.minute, AppliedMinute.KEY_PASSWORD);
        assertThat(first.role()).isEqualTo(SignerRole.TEACHER);
        PdfCheck once = f.signing.verify(f.signing.document(f.admin, f.minute));
        assertThat(once.valid()).as(once.toString()).isTrue();
        f.signing.sign(f.principal, f.minute, AppliedMinute.KEY_PASSWORD);
        assertThat(f.s.corrections().minute(f.admin, f.minute).status()).isEqualTo(MinuteStatus.APPLIED);
        f.signing.sign(f.admin, f.minute, AppliedMinute.KEY_PASSWORD);
        assertThat(f.s.corrections().minute(f.admin, f.minute).status()).isEqualTo(MinuteStatus.SIGNED);
        assertThat(f.signing.signatures(f.admin, f.minute)).extracting(MinuteSignature::role)
                .containsExactly(SignerRole.TEACHER, SignerRole.PRINCIPAL, SignerRole.ADMINISTRATOR);

        byte[] signed = f.signing.document(f.principal, f.minute);
        PdfCheck check = f.signing.verify(signed);
        assertThat(check.valid()).isTrue();
        assertThat(check.signatures()).extracting(PdfSignatureCheck::signerName)
                .containsExactly("Phạm Văn Toán", "Nguyễn Thị Hạnh", "Trần Quốc Toản");
        assertThat(check.signatures()).allSatisfy(c -> assertThat(c.intact() && c.trusted()).isTrue());
        assertThat(check.signatures().get(0).coversWholeFile()).isFalse();
        assertThat(check.signatures().get(2).coversWholeFile()).isTrue();

        Path pdf = out.resolve("bien-ban.pdf");
        Files.write(pdf, signed);
        String text = Pdfs.text(pdf);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "TRƯỜNG THCS CHU VĂN AN", "BIÊN BẢN", "Số: 1/BB-SCĐ", "Quận 1, ngày 23 tháng 11 năm 2026",
                "Lê Văn An", "HS001", "Toán", "HK1 TX1", "5,0", "7,0", "so-diem-ca-nhan.png",
                "HIỆU TRƯỞNG", "QUẢN TRỊ HỆ THỐNG", "GIÁO VIÊN", "Phạm Văn Toán", "Trần Quốc Toản");
        String evidenceHash = f.s.corrections().minute(f.admin, f.minute).evidence().getFirst().sha256();
        assertThat(text.replaceAll("\\s", "")).contains(evidenceHash);
        assertThat(Pdfs.fonts(pdf)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.name()).contains("LiberationSerif");
            assertThat(font.embedded()).isTrue();
        });
        Pdfs.renderForLooking(pdf, 1, "bien-ban-sua-diem");
        Pdfs.pdfsig(pdf, 3, true);

        // one changed byte inside the signed part: detected here and by pdfsig
        byte[] tampered = signed.clone();
        int at = Pdfs.indexOf(signed, "/Title") + 2;
        tampered[at] = (byte) (tampered[at] ^ 0x01);
        assertThat(f.signing.verify(tampered).valid()).isFalse();
        Path bad = out.resolve("bien-ban-sua.pdf");
        Files.write(bad, tampered);
        Pdfs.pdfsig(bad, 3, false);

        // the chain is intact, each signature is an event, and a checkpoint was signed after each
        assertThat(f.s.audit().latest(f.admin, 20)).extracting(e -> e.kind()).contains(AuditKind.MINUTE_SIGNED);
        assertThat(f.s.audit().check(f.admin).intact()).isTrue();
        assertThat(f.s.audit().check(f.admin).checkpoints()).isGreaterThanOrEqualTo(4);

        f.signing.archive(f.principal, f.minute);
        assertThat(f.s.corrections().minute(f.admin, f.minute).status()).isEqualTo(MinuteStatus.ARCHIVED);
        assertThat(code(() -> f.signing.sign(f.teacher, f.minute, AppliedMinute.KEY_PASSWORD)))
                .isEqualTo("correction.allSigned");
    }

    @Test
    void refusalsChangeNothing() {
        assertThat(code(() -> f.signing.sign(f.teacher, f.minute, AppliedMinute.KEY_PASSWORD)))
                .isEqualTo("correction.signBeforeApplied");
        f.apply();
        assertThat(code(() -> f.signing.sign(f.teacher, f.minute, "SaiMatKhau1".toCharArray())))
                .isEqualTo("signature.wrongKeyPassword");
        assertThat(code(() -> f.signing.sign(f.otherTeacher, f.minute, AppliedMinute.KEY_PASSWORD)))
                .isEqualTo("auth.denied");
        assertThat(code(() -> f.signing.archive(f.admin, f.minute))).isEqualTo("correction.archiveNotSigned");
        assertThat(f.signing.signatures(f.admin, f.minute)).isEmpty();
        assertThat(f.s.audit().latest(f.admin, 5)).extracting(e -> e.kind()).doesNotContain(AuditKind.MINUTE_SIGNED);

        f.signing.sign(f.teacher, f.minute, AppliedMinute.KEY_PASSWORD);
        assertThat(code(() -> f.signing.sign(f.teacher, f.minute, AppliedMinute.KEY_PASSWORD)))
                .isEqualTo("correction.alreadySigned");
        assertThat(f.signing.signatures(f.admin, f.minute)).hasSize(1);
        assertThat(f.s.corrections().minute(f.admin, f.minute).status()).isEqualTo(MinuteStatus.APPLIED);
    }

    @Test
    void aPdfThatIsNotOneIsUnreadable() {
        assertThat(f.signing.verify("không phải PDF".getBytes()).readable()).isFalse();
        assertThat(f.signing.verify("không phải PDF".getBytes()).valid()).isFalse();
    }

    /**
     * The visible stamp of each signature: a box in its own signature block (teacher left, administrator in the
     * middle, principal right), drawn as the signature field's appearance in Liberation Serif — part of the signed
     * revision, so the minute still verifies.
     */
    @Test
    void eachSignerGetsAStampInTheirOwnBlock() throws Exception {
        f.apply();
        f.signing.sign(f.principal, f.minute, AppliedMinute.KEY_PASSWORD);
        f.signing.sign(f.teacher, f.minute, AppliedMinute.KEY_PASSWORD);
        f.signing.sign(f.admin, f.minute, AppliedMinute.KEY_PASSWORD);
        byte[] signed = f.signing.document(f.admin, f.minute);
        assertThat(f.signing.verify(signed).valid()).isTrue();
        try (PDDocument doc = Loader.loadPDF(signed)) {
            List<PDSignatureField> fields = doc.getSignatureFields();
            assertThat(fields).hasSize(3);
            // signed principal, teacher, administrator: their blocks are right, left, middle
            List<Float> centres = fields.stream().map(x -> centre(x.getWidgets().getFirst().getRectangle())).toList();
            assertThat(centres.get(1)).isLessThan(centres.get(2));
            assertThat(centres.get(2)).isLessThan(centres.get(0));
            for (PDSignatureField field : fields) {
                PDAnnotationWidget w = field.getWidgets().getFirst();
                assertThat(w.getRectangle().getWidth()).isEqualTo(SignatureStamp.WIDTH);
                assertThat(w.getRectangle().getHeight()).isEqualTo(SignatureStamp.HEIGHT);
                assertThat(w.getAppearance().getNormalAppearance().getAppearanceStream().getResources()
                        .getFont(fontName(w))).satisfies(font -> assertThat(font.getName()).contains("LiberationSerif"));
            }
            for (PDSignatureField field : fields) {
                // the stamp's three lines are shown text in its appearance stream
                String drawn = new String(field.getWidgets().getFirst().getAppearance().getNormalAppearance()
                        .getAppearanceStream().getContentStream().toByteArray(), StandardCharsets.ISO_8859_1);
                assertThat(drawn.split("Tj", -1)).hasSize(4);
            }
        }
        Path pdf = out.resolve("bien-ban-dau-ky.pdf");
        Files.write(pdf, signed);
        assertThat(Pdfs.fonts(pdf)).allSatisfy(font -> assertThat(font.embedded()).isTrue());
        Pdfs.renderForLooking(pdf, 1, "bien-ban-dau-ky");
    }

    private static float centre(PDRectangle r) {
        return r.getLowerLeftX() + r.getWidth() / 2;
    }

    private static COSName fontName(PDAnnotationWidget w) {
        return w.getAppearance().getNormalAppearance().getAppearanceStream().getResources().getFontNames().iterator()
                .next();
    }

    static String code(Runnable call) {
        try {
            call.run();
            return "ok";
        } catch (DomainException e) {
            return e.code();
        }
    }
}
