package vn.sotruong.data.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.signature.Certificates;
import vn.sotruong.core.signature.Pkcs12;
import vn.sotruong.core.signature.SigningCredential;
import vn.sotruong.core.signature.SigningKey;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.store.Store;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

/** The school's certificate authority and the staff's keys on a real store: issue, export, import, refusals. */
class SignatureServiceTest extends SchoolStoreFixture {
    private static final char[] KEY_PW = "KhoaKy#2026".toCharArray();

    @Test
    void theAuthorityIssuesPersonalKeysThatChainToItAndOpenOnlyWithTheirPassword() {
        assertThat(code(() -> s.signatures().issue(admin, Schools.ADMIN, KEY_PW))).isEqualTo("signature.noAuthority");
        X509Certificate root = s.signatures().createAuthority(admin);
        assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(Certificates.commonName(root)).contains("Trường THCS Chu Văn An");
        assertThat(Files.exists(dir.resolve(SealedAuthorityVault.SECRET_FILE))).isTrue();
        assertThat(code(() -> s.signatures().createAuthority(admin))).isEqualTo("signature.authorityExists");

        Actor teacher = Schools.person(s, "gv.toan", "Phạm Văn Toán", Role.GVBM);
        // a teacher issues their own key; not someone else's
        assertThat(code(() -> s.signatures().issue(teacher, Schools.ADMIN, KEY_PW))).isEqualTo("auth.denied");
        assertThat(code(() -> s.signatures().issue(teacher, "gv.toan", "ngan".toCharArray())))
                .isEqualTo("signature.keyPasswordTooShort");
        SigningKey key = s.signatures().issue(teacher, "gv.toan", KEY_PW);
        assertThat(key.subject()).contains("Phạm Văn Toán").contains("gv.toan");
        SigningCredential opened = s.signatures().unlock(teacher, KEY_PW);
        assertThat(Certificates.issuedBy(opened.certificate(), root)).isTrue();
        assertThat(opened.certificate().getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(code(() -> s.signatures().unlock(teacher, "SaiMatKhau1".toCharArray())))
                .isEqualTo("signature.wrongKeyPassword");
        assertThat(code(() -> s.signatures().unlock(admin, KEY_PW))).isEqualTo("signature.noKey");

        // the administrator issues one for the principal and exports it as a .p12 that opens with that password
        Schools.person(s, "hieutruong", "Nguyễn Thị Hạnh", Role.HIEU_TRUONG);
        s.signatures().issue(admin, "hieutruong", KEY_PW);
        byte[] p12 = s.signatures().export(admin, "hieutruong");
        assertThat(Pkcs12.read(p12, KEY_PW).certificate().getSubjectX500Principal().getName()).contains("Nguyễn Thị Hạnh");
        assertThat(code(() -> s.signatures().export(teacher, "hieutruong"))).isEqualTo("auth.denied");
        assertThat(s.audit().latest(admin, 40)).extracting(e -> e.kind())
                .contains(AuditKind.SIGNATURE_AUTHORITY_CREATED, AuditKind.SIGNING_KEY_ISSUED,
                        AuditKind.SIGNING_KEY_EXPORTED);
    }

    @Test
    void anImportedP12ReplacesTheKeyAndABadFileOrPasswordChangesNothing() {
        s.signatures().createAuthority(admin);
        s.signatures().issue(admin, Schools.ADMIN, KEY_PW);
        byte[] p12 = s.signatures().export(admin, Schools.ADMIN);
        String before = s.signatures().currentKey(Schools.ADMIN).orElseThrow().serial();
        long events = s.audit().latest(admin, 500).size();

        assertThat(code(() -> s.signatures().importKey(admin, p12, "SaiMatKhau1".toCharArray())))
                .isEqualTo("signature.wrongKeyPassword");
        assertThat(code(() -> s.signatures().importKey(admin, "không phải p12".getBytes(), KEY_PW)))
                .isEqualTo("signature.notPkcs12");
        assertThat(s.signatures().currentKey(Schools.ADMIN).orElseThrow().serial()).isEqualTo(before);
        assertThat(s.audit().latest(admin, 500)).hasSize((int) events);

        SigningKey again = s.signatures().importKey(admin, p12, KEY_PW);
        assertThat(again.origin()).isEqualTo(SigningKey.Origin.IMPORTED);
        assertThat(s.signatures().allKeys()).hasSize(2);
    }

    @Test
    void withoutTheDataFoldersSecretTheRootKeyStaysLocked() throws Exception {
        s.signatures().createAuthority(admin);
        store.close();
        Files.delete(dir.resolve(SealedAuthorityVault.SECRET_FILE));
        store = Store.open(dir, clock);
        s = store.services();
        admin = Schools.admin(s);
        assertThat(s.signatures().authority()).isPresent();
        assertThat(code(() -> s.signatures().issue(admin, Schools.ADMIN, KEY_PW))).isEqualTo("signature.authorityLocked");
        // a lock decision is still recorded; only its checkpoint is not signed
        assertThat(s.audit().check(admin).intact()).isTrue();
        assertThat(Path.of(dir.toString())).exists();
    }
}
