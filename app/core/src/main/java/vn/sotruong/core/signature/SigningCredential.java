package vn.sotruong.core.signature;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * Khóa ký đã mở khóa: a private key opened for signing and its certificate chain (the signer's own first, then
 * the issuers). Held in memory for one signing only.
 *
 * @param provider the provider that signs with the key when it is a handle to a key in a USB token (PKCS#11),
 *     else null
 */
public record SigningCredential(PrivateKey key, List<X509Certificate> chain, Provider provider) {
    public SigningCredential {
        Objects.requireNonNull(key);
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a credential needs its certificate");
        }
    }

    /** A key in memory (a .p12), signed with by the installed providers. */
    public SigningCredential(PrivateKey key, List<X509Certificate> chain) {
        this(key, chain, null);
    }

    public X509Certificate certificate() {
        return chain.getFirst();
    }

    /** The certificate's serial number in hexadecimal, as stored and shown. */
    public String serial() {
        return Certificates.serial(certificate());
    }
}
