package vn.sotruong.server.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.common.DomainException;

/** The office PC's key and certificate: made once, kept, owner-only, and a damaged file is said plainly. */
class OfficeCertificateTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void madeOnceAndTheSameAfterARestart() throws Exception {
        OfficeCertificate first = OfficeCertificate.loadOrCreate(dir, "Trường THCS Chu Văn An", CLOCK);
        OfficeCertificate again = OfficeCertificate.loadOrCreate(dir, "Trường THCS Chu Văn An", CLOCK);
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint()).matches("([0-9A-F]{4} ){15}[0-9A-F]{4}");
        assertThat(first.certificate().getSubjectX500Principal().getName()).contains("truong thcs chu van an");
        assertThat(first.certificate().getPublicKey().getAlgorithm()).isEqualTo("EC");
        first.certificate().verify(first.certificate().getPublicKey());
        assertThat(first.certificate().getNotAfter().toInstant()).isAfter(CLOCK.instant().plusSeconds(3600L * 24 * 365 * 19));
        assertThat(Files.getPosixFilePermissions(dir.resolve("lan").resolve(OfficeCertificate.KEY_FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aDamagedKeyFileIsRefusedWithItsFolderAndNotReplaced() throws Exception {
        OfficeCertificate.loadOrCreate(dir, "Trường", CLOCK);
        Path key = dir.resolve("lan").resolve(OfficeCertificate.KEY_FILE);
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        try {
            OfficeCertificate.loadOrCreate(dir, "Trường", CLOCK);
            throw new AssertionError("a damaged key was accepted");
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo("lan.certificateUnreadable");
            assertThat(e.args()[0]).isEqualTo(dir.resolve("lan").toString());
        }
        assertThat(Files.readString(key)).contains("AAAA");
    }
}
