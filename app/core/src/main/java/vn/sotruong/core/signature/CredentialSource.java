package vn.sotruong.core.signature;

/**
 * Nơi giữ khóa ký: where a person's signing key lives and how it is opened. Today a PKCS#12 file
 * ({@link Pkcs12Source}) opened with the key password. A USB token from a Vietnamese CA plugs in here as a
 * PKCS#11 source: the JDK's {@code SunPKCS11} provider configured with the token's driver library
 * ({@code Security.getProvider("SunPKCS11").configure("--name=token\nlibrary=/path/to/vendor-pkcs11.so")}),
 * {@code KeyStore.getInstance("PKCS11", provider).load(null, pin)}, the key entry's private key and chain; the
 * key never leaves the token and the signing runs in it (ADR 0019). The secret is the key password or the PIN.
 */
public interface CredentialSource {
    /** Opens the key; refuses a wrong secret with {@code signature.wrongKeyPassword}. */
    SigningCredential open(char[] secret);
}
