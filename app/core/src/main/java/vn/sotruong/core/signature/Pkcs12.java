package vn.sotruong.core.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.sotruong.core.common.DomainException;

/**
 * Tệp khóa PKCS#12 (.p12): a key and its chain sealed with a password (the JDK's PKCS12: PBES2 AES-256, HMAC
 * SHA-256). Reading refuses a wrong password ({@code signature.wrongKeyPassword}) and a file that is not one
 * ({@code signature.notPkcs12}).
 */
public final class Pkcs12 {
    static final String ALIAS = "sotruong";

    private Pkcs12() {
    }

    public static byte[] write(SigningCredential c, char[] password) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(ALIAS, c.key(), password, c.chain().toArray(new Certificate[0]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ks.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("PKCS#12 cannot be written", e);
        }
    }

    public static SigningCredential read(byte[] p12, char[] password) {
        KeyStore ks;
        try {
            ks = KeyStore.getInstance("PKCS12");
            ks.load(new ByteArrayInputStream(p12), password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new DomainException("signature.wrongKeyPassword");
            }
            throw new DomainException("signature.notPkcs12");
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new DomainException("signature.notPkcs12");
        }
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (!ks.isKeyEntry(alias)) {
                    continue;
                }
                Key key = ks.getKey(alias, password);
                Certificate[] chain = ks.getCertificateChain(alias);
                if (key instanceof PrivateKey pk && chain != null && chain.length > 0) {
                    List<X509Certificate> certs = new ArrayList<>();
                    for (Certificate cert : chain) {
                        certs.add((X509Certificate) cert);
                    }
                    return new SigningCredential(pk, certs);
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new DomainException("signature.wrongKeyPassword");
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new DomainException("signature.notPkcs12");
        }
        throw new DomainException("signature.notPkcs12");
    }
}
