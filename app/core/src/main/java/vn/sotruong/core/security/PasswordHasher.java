package vn.sotruong.core.security;

/** One-way password hashing (Argon2id in the data module). The encoded form carries its parameters. */
public interface PasswordHasher {
    String hash(char[] password);

    boolean verify(char[] password, String encoded);

    /** True when the encoded hash was made with weaker parameters than the current configuration. */
    boolean needsRehash(String encoded);
}
