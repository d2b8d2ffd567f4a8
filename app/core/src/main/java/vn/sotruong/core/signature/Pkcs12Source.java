package vn.sotruong.core.signature;

/** Tệp PKCS#12: a key sealed in a .p12 file or a stored PKCS#12, opened with its password. */
public record Pkcs12Source(byte[] pkcs12) implements CredentialSource {
    @Override
    public SigningCredential open(char[] secret) {
        return Pkcs12.read(pkcs12, secret);
    }
}
