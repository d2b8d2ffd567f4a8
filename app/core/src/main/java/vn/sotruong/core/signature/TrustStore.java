package vn.sotruong.core.signature;

import java.time.Instant;
import java.util.List;

/** The imported roots and the registered certificates (table {@code trusted_root}, {@code certificate_binding}). */
public interface TrustStore {
    void addRoot(TrustedRoot root);

    /** Removes the root with this fingerprint; false when there is none. */
    boolean removeRoot(String fingerprint);

    List<TrustedRoot> roots();

    /** Registers a certificate for a login (a new row, or the same login and fingerprint's row kept). */
    void addBinding(CertificateBinding binding);

    /** Marks the binding confirmed; false when there is no such unconfirmed binding. */
    boolean confirmBinding(String login, String fingerprint, String by, Instant at);

    List<CertificateBinding> bindings();
}
