package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sotruong.reports.MinuteSigningTest.code;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.correction.MinuteStatus;
import vn.sotruong.core.signature.CertificateBinding;
import vn.sotruong.core.signature.Certificates;
import vn.sotruong.core.signature.PdfCheck;
import vn.sotruong.core.signature.Pkcs12;
import vn.sotruong.core.signature.Pkcs12Source;
import vn.sotruong.core.signature.SigningCredential;
import vn.sotruong.core.signature.TrustList;
import vn.sotruong.core.signature.TrustListService;
import vn.sotruong.core.signature.TrustedRoot;
import vn.sotruong.data.signature.FakeVietnameseCa;

/**
 * A teacher signs the minute with a certificate from a (made-up) Vietnamese CA — national root → VNPT-CA → the
 * teacher: refused until the administrator imports the root and confirms the teacher's registered certificate;
 * refused for an expired certificate, one that may not sign, and someone else's; then accepted, and the verification
 * names the chain and the trust list it ends in. Removing the root makes that signature untrusted again.
 */
class VietnameseCaSigningTest {
    private static final char[] P12 = "MatKhauP12#1".toCharArray();
    private final AppliedMinute f = new AppliedMinute();
    private final Instant now = Instant.parse("2026-11-23T02:00:00Z");
    private final FakeVietnameseCa vnpt = new FakeVietnameseCa(now);
    private final TrustListService trust = f.s.signatures().trust();

    @AfterEach
    void close() {
        f.close();
    }

    private static Pkcs12Source p12(SigningCredential c) {
        return new Pkcs12Source(Pkcs12.write(c, P12));
    }

    private String sign(SigningCredential c) {
        return code(() -> f.signing.sign(f.teacher, f.minute, p12(c), P12));
    }

    @Test
    void aVnptCertificateIsAcceptedOnceItsRootIsTrustedAndItIsConfirmedAsTheTeachers() throws Exception {
        f.apply();
        SigningCredential toan = vnpt.person("Phạm Văn Toán");

        // before the root is imported: refused, nothing signed
        assertThat(sign(toan)).isEqualTo("signature.notSchoolCertificate");
        assertThat(f.signing.signatures(f.admin, f.minute)).isEmpty();

        // importing: only the administrator, only a readable CA certificate, once
        byte[] rootFile = FakeVietnameseCa.pem(vnpt.root.certificate());
        assertThat(code(() -> trust.add(f.teacher, rootFile))).isEqualTo("auth.denied");
        assertThat(code(() -> trust.add(f.admin, "không phải chứng thư".getBytes()))).isEqualTo("trust.unreadable");
        assertThat(code(() -> trust.add(f.admin, Certificates.der(toan.certificate())))).isEqualTo("trust.notCa");
        assertThat(trust.roots()).isEmpty();
        TrustedRoot seen = trust.preview(rootFile);
        assertThat(seen.fingerprint()).hasSize(64).isEqualTo(TrustListService.fingerprint(vnpt.root.certificate()));
        TrustedRoot added = trust.add(f.admin, rootFile);
        assertThat(added.fingerprint()).isEqualTo(seen.fingerprint());
        assertThat(code(() -> trust.add(f.admin, Certificates.der(vnpt.root.certificate())))).isEqualTo("trust.exists");
        assertThat(trust.roots()).extracting(TrustedRoot::fingerprint).containsExactly(seen.fingerprint());

        // trusted chain, but not yet the teacher's: refused until registered and confirmed
        assertThat(sign(toan)).isEqualTo("trust.notRegistered");
        byte[] cert = FakeVietnameseCa.pem(toan.certificate());
        assertThat(code(() -> trust.register(f.teacher, f.otherTeacher.login(), cert))).isEqualTo("auth.denied");
        CertificateBinding pending = trust.register(f.teacher, f.teacher.login(), cert);
        assertThat(pending.confirmed()).isFalse();
        assertThat(sign(toan)).isEqualTo("trust.notConfirmed");
        assertThat(code(() -> trust.register(f.otherTeacher, f.otherTeacher.login(), cert)))
                .isEqualTo("trust.registeredToOther");
        assertThat(code(() -> trust.confirm(f.teacher, f.teacher.login(), pending.fingerprint()))).isEqualTo("auth.denied");
        trust.confirm(f.admin, f.teacher.login(), pending.fingerprint().toLowerCase());
        assertThat(trust.bindings(f.teacher)).singleElement().satisfies(b -> assertThat(b.confirmed()).isTrue());

        // expired, a key that may only encipher, someone else's certificate from the same CA: each refused
        SigningCredential expired = vnpt.person("Phạm Văn Toán", now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(5)), KeyUsage.digitalSignature);
        assertThat(sign(expired)).isEqualTo("signature.certificateNotValid");
        SigningCredential encipher = vnpt.person("Phạm Văn Toán", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), KeyUsage.keyEncipherment);
        assertThat(sign(encipher)).isEqualTo("trust.keyUsage");
        SigningCredential van = vnpt.person("Đỗ Thị Văn");
        trust.register(f.admin, f.otherTeacher.login(), Certificates.der(van.certificate()));
        assertThat(sign(van)).isEqualTo("trust.notRegistered");
        assertThat(f.signing.signatures(f.admin, f.minute)).isEmpty();

        // accepted: the teacher with the VNPT certificate, the others with the school's
        assertThat(sign(toan)).isEqualTo("ok");
        f.signing.sign(f.principal, f.minute, AppliedMinute.KEY_PASSWORD);
        f.signing.sign(f.admin, f.minute, AppliedMinute.KEY_PASSWORD);
        assertThat(f.s.corrections().minute(f.admin, f.minute).status()).isEqualTo(MinuteStatus.SIGNED);
        byte[] signed = f.signing.document(f.admin, f.minute);
        PdfCheck check = f.signing.verify(signed);
        assertThat(check.valid()).as(check.toString()).isTrue();
        assertThat(check.signatures().getFirst().trustedBy()).isEqualTo(TrustList.Source.IMPORTED);
        assertThat(check.signatures().getFirst().chain()).containsExactly("Phạm Văn Toán", "VNPT-CA Thử nghiệm",
                "Root CA Thử nghiệm (Bộ Thông tin và Truyền thông)");
        assertThat(check.signatures().get(1).trustedBy()).isEqualTo(TrustList.Source.SCHOOL);
        assertThat(check.signatures().get(1).chain()).hasSize(2);
        Path pdf = Files.createDirectories(Path.of("target", "pdf")).resolve("bien-ban-vnpt-ca.pdf");
        Files.write(pdf, signed);
        Pdfs.pdfsig(pdf, 3, true);

        // every step is an event; removing the root makes that signature untrusted
        assertThat(f.s.audit().latest(f.admin, 30)).extracting(e -> e.kind()).contains(AuditKind.TRUST_ROOT_ADDED,
                AuditKind.CERTIFICATE_REGISTERED, AuditKind.CERTIFICATE_CONFIRMED);
        assertThat(code(() -> trust.remove(f.admin, "00"))).isEqualTo("trust.unknown");
        trust.remove(f.admin, added.fingerprint());
        assertThat(trust.roots()).isEmpty();
        PdfCheck after = f.signing.verify(signed);
        assertThat(after.valid()).isFalse();
        assertThat(after.signatures().getFirst().trusted()).isFalse();
        assertThat(after.signatures().get(1).trusted()).isTrue();
        assertThat(f.s.audit().check(f.admin).intact()).isTrue();
    }

    @Test
    void anIntermediateMayBeTheTrustedCertificate() {
        f.apply();
        SigningCredential toan = vnpt.person("Phạm Văn Toán");
        trust.add(f.admin, Certificates.der(vnpt.ca.certificate()));
        trust.register(f.admin, f.teacher.login(), Certificates.der(toan.certificate()));
        assertThat(sign(toan)).isEqualTo("ok");
        assertThat(f.signing.verify(f.signing.document(f.admin, f.minute)).signatures().getFirst().chain())
                .containsExactly("Phạm Văn Toán", "VNPT-CA Thử nghiệm");
    }
}
