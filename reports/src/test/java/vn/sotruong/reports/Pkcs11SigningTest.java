package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sotruong.reports.MinuteSigningTest.code;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.correction.MinuteSignature;
import vn.sotruong.core.correction.MinuteStatus;
import vn.sotruong.core.correction.SignerRole;
import vn.sotruong.core.signature.PdfCheck;
import vn.sotruong.core.signature.Pkcs11Source;
import vn.sotruong.core.signature.SigningCredential;

/**
 * Signing the minute with a key kept on a USB token, for real: a SoftHSM2 token driven through the JDK's SunPKCS11
 * provider holds the teacher's key issued by the school's authority; the signature is made in the token and
 * verifies with PDFBox and pdfsig. A wrong PIN, a missing driver and another person's key on the token are refused
 * and sign nothing.
 */
class Pkcs11SigningTest {
    private final AppliedMinute f = new AppliedMinute();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theTeacherSignsWithTheKeyOnTheTokenAndThePdfVerifies() throws Exception {
        Path library = SoftHsmToken.library();
        f.apply();
        Pkcs11Source token = new Pkcs11Source(library, 0);

        // another person's key on the token (issued by the school, but not the teacher's): refused
        SoftHsmToken.put(f.s.signatures().unlock(f.otherTeacher, AppliedMinute.KEY_PASSWORD));
        assertThat(code(() -> f.signing.sign(f.teacher, f.minute, token, SoftHsmToken.PIN.toCharArray())))
                .isEqualTo("signature.notOwnKey");

        SoftHsmToken.put(f.s.signatures().unlock(f.teacher, AppliedMinute.KEY_PASSWORD));
        assertThat(code(() -> f.signing.sign(f.teacher, f.minute, token, "000000".toCharArray())))
                .isEqualTo("signature.wrongPin");
        assertThat(code(() -> f.signing.sign(f.teacher, f.minute, new Pkcs11Source(Path.of("/khong/co/libtoken.so"), 0),
                SoftHsmToken.PIN.toCharArray()))).isEqualTo("signature.tokenUnavailable");
        assertThat(f.signing.signatures(f.admin, f.minute)).isEmpty();

        // the key stays in the token: what the provider hands out is a handle, signing runs there
        SigningCredential onToken = token.open(SoftHsmToken.PIN.toCharArray());
        assertThat(onToken.key().getClass().getName()).startsWith("sun.security.pkcs11.");
        assertThat(onToken.serial()).isEqualTo(f.s.signatures().currentKey("gv.toan").orElseThrow().serial());

        MinuteSignature s = f.signing.sign(f.teacher, f.minute, token, SoftHsmToken.PIN.toCharArray());
        assertThat(s.role()).isEqualTo(SignerRole.TEACHER);
        f.signing.sign(f.principal, f.minute, AppliedMinute.KEY_PASSWORD);
        f.signing.sign(f.admin, f.minute, AppliedMinute.KEY_PASSWORD);
        assertThat(f.s.corrections().minute(f.admin, f.minute).status()).isEqualTo(MinuteStatus.SIGNED);

        byte[] signed = f.signing.document(f.admin, f.minute);
        PdfCheck check = f.signing.verify(signed);
        assertThat(check.valid()).as(check.toString()).isTrue();
        assertThat(check.signatures().getFirst().signerName()).isEqualTo("Phạm Văn Toán");
        Path pdf = Files.createDirectories(Path.of("target", "pdf")).resolve("bien-ban-usb-token.pdf");
        Files.write(pdf, signed);
        Pdfs.pdfsig(pdf, 3, true);
        byte[] tampered = signed.clone();
        int at = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Title") + 2;
        tampered[at] ^= 0x01;
        Path bad = pdf.resolveSibling("bien-ban-usb-token-sua.pdf");
        Files.write(bad, tampered);
        assertThat(f.signing.verify(tampered).valid()).isFalse();
        Pdfs.pdfsig(bad, 3, false);
    }
}
