package vn.sotruong.core.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * Chứng thư đã đăng ký: a certificate from a public CA (a USB token's, a .p12's) recorded as one person's. The person
 * registers it; it counts as theirs for signing only once an account manager confirmed it (or registered it for
 * them), so a certificate in someone else's name is never accepted.
 *
 * @param confirmedBy null while waiting for the administrator
 */
public record CertificateBinding(long id, String login, String fingerprint, String subject, String issuer,
                                 Instant notAfter, byte[] certificate, String registeredBy, Instant registeredAt,
                                 String confirmedBy, Instant confirmedAt) {
    public boolean confirmed() {
        return confirmedBy != null;
    }

    public X509Certificate x509() {
        return Certificates.parse(certificate);
    }
}
