package vn.sotruong.core.signature;

import java.time.Instant;

/**
 * Tạo chứng thư số: makes the school's root certificate and the staff certificates it issues (the data module's
 * Bouncy Castle implementation).
 */
public interface CertificateMaker {
    /** A new self-signed root for the school ("CN=… Certification Authority"), valid for 20 years. */
    SigningCredential newAuthority(String schoolName, Instant now);

    /** A personal signing certificate for one staff member issued by {@code authority}, valid for 5 years. */
    SigningCredential issue(SigningCredential authority, String fullName, String login, Instant now);
}
