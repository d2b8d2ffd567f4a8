package vn.sotruong.data.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditVerification;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.signature.CheckpointFile;
import vn.sotruong.data.signature.SealedAuthorityVault;
import vn.sotruong.data.store.SecretFile;
import vn.sotruong.data.store.Store;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

/**
 * The signing state travels inside the encrypted backup (ADR 0037): the copy of the audit checkpoints and the CA's
 * secret are entries of their own, hashed in the manifest; restored into an empty data folder the checkpoints verify
 * and the school's CA signs again; a different CA secret already there is refused unless confirmed.
 */
class BackupSigningStateTest extends SchoolStoreFixture {
    private static final char[] PASSWORD = "SaoLuu#2026".toCharArray();

    private BackupWritten signedAndBackedUp() {
        s.signatures().createAuthority(admin);
        s.audit().checkpoint(admin);
        return new BackupService(store, clock).create(admin, dir.resolve("usb"), PASSWORD);
    }

    @Test
    void restoredIntoAnEmptyFolderTheCheckpointsVerifyAndTheCaSigns() throws Exception {
        BackupWritten w = signedAndBackedUp();
        assertThat(w.manifest().sha256()).containsKeys(SigningStateEntries.CHECKPOINTS, SigningStateEntries.CA_SECRET);
        byte[] checkpoints = Files.readAllBytes(dir.resolve(CheckpointFile.FOLDER).resolve(CheckpointFile.NAME));
        byte[] secret = Files.readAllBytes(dir.resolve(SealedAuthorityVault.SECRET_FILE));
        assertThat(new BackupVerifier().verify(w.file(), PASSWORD).intact()).isTrue();

        Path other = dir.resolve("other");
        try (Store empty = Store.open(other, clock)) {
            new BackupService(empty, clock).restore(admin, w.file(), PASSWORD, false);
        }
        assertThat(other.resolve(CheckpointFile.FOLDER).resolve(CheckpointFile.NAME)).hasBinaryContent(checkpoints);
        assertThat(other.resolve(SealedAuthorityVault.SECRET_FILE)).hasBinaryContent(secret);
        // the table's checkpoints deleted: the file restored beside the database still checks the chain
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + other.resolve("sotruong"), "sa", "");
             var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM audit_checkpoint");
        }
        try (Store restored = Store.open(other, clock)) {
            Actor a = Schools.admin(restored.services());
            AuditVerification check = restored.services().audit().check(a);
            assertThat(check.intact()).as(check.toString()).isTrue();
            assertThat(check.checkpoints()).isGreaterThanOrEqualTo(2);
            // the CA opens with the restored secret: it issues a key and signs a checkpoint
            assertThat(restored.services().signatures().issue(a, a.login(), "KhoaKy#2026".toCharArray())).isNotNull();
            assertThat(restored.services().audit().checkpoint(a)).isNotNull();
        }
    }

    @Test
    void aDifferentCaSecretIsNeverReplacedSilently() throws Exception {
        BackupWritten w = signedAndBackedUp();
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Path theirs = other.resolve(SealedAuthorityVault.SECRET_FILE);
        SecretFile.create(theirs);
        byte[] before = Files.readAllBytes(theirs);
        try (Store empty = Store.open(other, clock)) {
            BackupService backups = new BackupService(empty, clock);
            assertThat(code(() -> backups.restore(admin, w.file(), PASSWORD, false))).isEqualTo("backup.caKeyDiffers");
            assertThat(empty.services().setup().isEmpty()).isTrue();
            assertThat(theirs).hasBinaryContent(before);
            assertThat(other.resolve(CheckpointFile.FOLDER)).doesNotExist();
            backups.restore(admin, w.file(), PASSWORD, false, true, BackupProgress.NONE);
        }
        assertThat(theirs).hasBinaryContent(Files.readAllBytes(dir.resolve(SealedAuthorityVault.SECRET_FILE)));
        try (Store restored = Store.open(other, clock)) {
            assertThat(restored.services().signatures().issue(Schools.admin(restored.services()), "quantri",
                    "KhoaKy#2026".toCharArray())).isNotNull();
        }
    }
}
