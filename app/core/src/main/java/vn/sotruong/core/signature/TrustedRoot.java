package vn.sotruong.core.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * Chứng thư gốc tin cậy: a root (or intermediate) CA certificate the administrator imported, e.g. the national root
 * of the Ministry of Information and Communications or VNPT-CA's; signers' certificates chaining to it are accepted.
 *
 * @param fingerprint SHA-256 of the DER certificate, 64 upper-case hexadecimal digits
 */
public record TrustedRoot(long id, String fingerprint, String subject, Instant notAfter, byte[] certificate,
                          String addedBy, Instant addedAt) {
    public X509Certificate x509() {
        return Certificates.parse(certificate);
    }
}
