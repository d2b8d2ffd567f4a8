package vn.sotruong.core.signature;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;

/** Small helpers over X.509 certificates (chứng thư số) with the JDK only. */
public final class Certificates {
    private Certificates() {
    }

    public static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("stored certificate cannot be read", e);
        }
    }

    public static byte[] der(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String serial(X509Certificate c) {
        return c.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
    }

    /** The certificate's common name (CN), else its whole subject. */
    public static String commonName(X509Certificate c) {
        String cn = attribute(c, "CN");
        return cn != null ? cn : c.getSubjectX500Principal().getName(X500Principal.RFC2253);
    }

    /** The issuer's common name (CN), else its whole name. */
    public static String issuerName(X509Certificate c) {
        String dn = c.getIssuerX500Principal().getName(X500Principal.RFC2253);
        String cn = attribute(dn, "CN");
        return cn != null ? cn : dn;
    }

    /** The subject's UID (the login the school's authority writes), or null. */
    public static String uid(X509Certificate c) {
        return attribute(c, "UID");
    }

    private static String attribute(X509Certificate c, String key) {
        return attribute(c.getSubjectX500Principal().getName(X500Principal.RFC2253), key);
    }

    private static String attribute(String dn, String key) {
        for (String part : dn.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1).replace("\\", "");
            }
        }
        return null;
    }

    /** Whether {@code cert} is the authority's own certificate or was issued (signed) by it. */
    public static boolean issuedBy(X509Certificate cert, X509Certificate authority) {
        if (cert.equals(authority)) {
            return true;
        }
        if (!cert.getIssuerX500Principal().equals(authority.getSubjectX500Principal())) {
            return false;
        }
        try {
            cert.verify(authority.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
