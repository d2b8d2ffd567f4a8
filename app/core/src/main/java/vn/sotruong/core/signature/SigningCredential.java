package vn.sotruong.core.signature;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * Khóa ký đã mở khóa: a private key opened for signing and its certificate chain (the signer's own first, then
 * the issuers). Held in memory for one signing only.
 */
public record SigningCredential(PrivateKey key, List<X509Certificate> chain) {
    public SigningCredential {
        Objects.requireNonNull(key);
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a credential needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.getFirst();
    }

    /** The certificate's serial number in hexadecimal, as stored and shown. */
    public String serial() {
        return Certificates.serial(certificate());
    }
}
