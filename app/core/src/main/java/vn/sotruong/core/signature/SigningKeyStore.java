package vn.sotruong.core.signature;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The staff's signing keys; one current key per person, earlier ones kept as replaced; and the trust list beside them. */
public interface SigningKeyStore extends TrustStore {
    /** Stores a new current key for its login, marking the one before as replaced at {@code at}. */
    long add(SigningKey key, Instant at);

    Optional<SigningKey> current(String login);

    /** Every key ever added (current and replaced), to name the signer of an older signature. */
    List<SigningKey> all();
}
