package vn.sotruong.core.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * Kho khóa gốc của trường: where the school's root key is kept. The data module keeps it in the store sealed in a
 * PKCS#12 whose password is a random secret in the data folder (ADR 0019), so a copied store or backup alone does
 * not carry a usable key.
 */
public interface AuthorityVault {
    /** The school's root certificate, if the authority was created. */
    Optional<X509Certificate> certificate();

    /** The root key and certificate, opened; refused with {@code signature.noAuthority} or {@code signature.authorityLocked}. */
    SigningCredential open();

    void keep(SigningCredential root, String by, Instant at);
}
