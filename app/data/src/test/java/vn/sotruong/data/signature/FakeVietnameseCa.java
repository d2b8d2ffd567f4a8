package vn.sotruong.data.signature;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.sotruong.core.signature.Certificates;
import vn.sotruong.core.signature.SigningCredential;

/**
 * For tests: a made-up public chain like the Vietnamese ones — a "national root" (as the Ministry of Information and
 * Communications' root CA), a CA under it (as VNPT-CA) and personal certificates the CA issues, made with Bouncy
 * Castle at {@code now}. Nothing here is a real CA's.
 */
public final class FakeVietnameseCa {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Instant now;
    public final SigningCredential root;
    public final SigningCredential ca;

    public FakeVietnameseCa(Instant now) {
        this.now = now;
        KeyPair rootKeys = keys();
        X500Name rootName = name("Root CA Thử nghiệm (Bộ Thông tin và Truyền thông)", null);
        root = new SigningCredential(rootKeys.getPrivate(), List.of(caCert(rootName, rootKeys, rootName,
                rootKeys.getPrivate(), 1)));
        KeyPair caKeys = keys();
        ca = new SigningCredential(caKeys.getPrivate(), List.of(caCert(name("VNPT-CA Thử nghiệm", null), caKeys,
                rootName, rootKeys.getPrivate(), 0), root.certificate()));
    }

    /** A personal certificate for signing documents, valid from a day ago for a year; chain: it, CA, root. */
    public SigningCredential person(String fullName) {
        return person(fullName, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)),
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
    }

    /** A personal certificate with the given validity and key usage bits (BC {@link KeyUsage} flags). */
    public SigningCredential person(String fullName, Instant from, Instant until, int keyUsage) {
        KeyPair pair = keys();
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca.certificate(), serial(), Date.from(from),
                    Date.from(until), name(fullName, "CMND:079123456789"), pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.certificate()));
            return new SigningCredential(pair.getPrivate(), List.of(sign(b, ca.key()), ca.certificate(),
                    root.certificate()));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate as a PEM .crt file. */
    public static byte[] pem(X509Certificate c) {
        return ("-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(Certificates.der(c)) + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
    }

    private X509Certificate caCert(X500Name subject, KeyPair pair, X500Name issuer, PrivateKey issuerKey, int pathLen) {
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, serial(),
                    Date.from(now.minus(Duration.ofDays(400))), Date.from(now.plus(Duration.ofDays(3650))), subject,
                    pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(pathLen))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
            return sign(b, issuerKey);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey key) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA")
                    .build(key)));
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static X500Name name(String cn, String uid) {
        X500NameBuilder n = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        if (uid != null) {
            n.addRDN(BCStyle.UID, uid);
        }
        return n.addRDN(BCStyle.CN, cn).build();
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048, RANDOM);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(96, RANDOM).setBit(95);
    }
}
