package vn.sotruong.core.signature;

import java.time.Instant;

/**
 * Khóa ký cá nhân: a person's signing key as stored — the certificate's facts, and the key sealed in a PKCS#12
 * with that person's key password.
 *
 * @param origin ISSUED by the school's authority, or IMPORTED from a .p12 (e.g. one from a Vietnamese CA)
 */
public record SigningKey(long id, String login, String serial, String subject, String issuer, Instant notAfter,
                         byte[] certificate, byte[] pkcs12, Origin origin, String addedBy, Instant addedAt) {
    public enum Origin {
        ISSUED,
        IMPORTED
    }
}
