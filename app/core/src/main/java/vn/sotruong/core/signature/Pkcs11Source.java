package vn.sotruong.core.signature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.security.auth.login.FailedLoginException;
import vn.sotruong.core.common.DomainException;

/**
 * Khóa ký trên USB token (PKCS#11): the JDK's {@code SunPKCS11} provider configured with the token's driver
 * library (e.g. {@code /usr/lib/softhsm/libsofthsm2.so}, a Vietnamese CA's {@code …pkcs11.dll}), the key store
 * opened with the PIN. The private key never leaves the token: signing runs in it through the provider (ADR 0019,
 * 0031). Refused: a driver that is missing or does not load ({@code signature.tokenUnavailable}), a wrong PIN
 * ({@code signature.wrongPin}), a token without a key and its certificate ({@code signature.tokenEmpty}).
 *
 * @param library the driver library's path
 * @param slotIndex which token when several are plugged in (0 = the first)
 */
public record Pkcs11Source(Path library, int slotIndex) implements CredentialSource {
    public Pkcs11Source {
        if (library == null) {
            throw new DomainException("signature.tokenUnavailable", "");
        }
    }

    @Override
    public SigningCredential open(char[] pin) {
        if (!Files.isRegularFile(library)) {
            throw new DomainException("signature.tokenUnavailable", library.toString());
        }
        KeyStore ks;
        Provider provider;
        try {
            provider = provider();
            ks = KeyStore.getInstance("PKCS11", provider);
        } catch (GeneralSecurityException | ProviderException e) {
            throw new DomainException("signature.tokenUnavailable", library.toString());
        }
        try {
            // a token stays signed in for the whole process once anyone typed its PIN: sign out first, so this PIN
            // is the one checked
            if (provider instanceof AuthProvider auth) {
                auth.logout();
            }
            ks.load(null, pin);
        } catch (IOException e) {
            if (causedBy(e, FailedLoginException.class) || causedBy(e, UnrecoverableKeyException.class)
                    || String.valueOf(e.getMessage()).contains("PIN")) {
                throw new DomainException("signature.wrongPin");
            }
            throw new DomainException("signature.tokenUnavailable", library.toString());
        } catch (GeneralSecurityException | ProviderException e) {
            throw new DomainException("signature.tokenUnavailable", library.toString());
        }
        return firstKey(ks, pin, provider);
    }

    /** A provider of its own for this library and slot (one per opening: tokens come and go). */
    private Provider provider() {
        String config = "--name=sotruong-token\nlibrary=" + library.toAbsolutePath() + "\nslotListIndex=" + slotIndex
                + "\n";
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new DomainException("signature.tokenUnavailable", library.toString());
        }
        return base.configure(config);
    }

    private static SigningCredential firstKey(KeyStore ks, char[] pin, Provider provider) {
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (!ks.isKeyEntry(alias)) {
                    continue;
                }
                Certificate[] chain = ks.getCertificateChain(alias);
                if (ks.getKey(alias, pin) instanceof PrivateKey key && chain != null && chain.length > 0) {
                    List<X509Certificate> certs = new ArrayList<>();
                    for (Certificate c : chain) {
                        certs.add((X509Certificate) c);
                    }
                    return new SigningCredential(key, certs, provider);
                }
            }
        } catch (GeneralSecurityException | ProviderException | ClassCastException e) {
            throw new DomainException("signature.tokenEmpty");
        }
        throw new DomainException("signature.tokenEmpty");
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
