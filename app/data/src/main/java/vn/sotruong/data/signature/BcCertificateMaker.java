package vn.sotruong.data.signature;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.sotruong.core.signature.CertificateMaker;
import vn.sotruong.core.signature.SigningCredential;

/**
 * Tạo chứng thư số với Bouncy Castle: the school's root (RSA 3072, 20 years, CA:true, keyCertSign) and the staff's
 * signing certificates (RSA 2048, 5 years, digitalSignature + nonRepudiation, e-mail protection and document
 * signing purposes), all SHA-256 with RSA.
 */
public final class BcCertificateMaker implements CertificateMaker {
    static final int ROOT_BITS = 3072;
    static final int PERSONAL_BITS = 2048;
    private static final String SIGNATURE = "SHA256withRSA";
    private final SecureRandom random = new SecureRandom();

    @Override
    public SigningCredential newAuthority(String schoolName, Instant now) {
        KeyPair pair = keys(ROOT_BITS);
        X500Name subject = name(schoolName + " — Certification Authority", schoolName, null);
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, serial(), from(now),
                    until(now, 20), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign
                            | KeyUsage.digitalSignature))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate cert = sign(b, pair.getPrivate());
            return new SigningCredential(pair.getPrivate(), List.of(cert));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("the school's root certificate cannot be made", e);
        }
    }

    @Override
    public SigningCredential issue(SigningCredential authority, String fullName, String login, Instant now) {
        KeyPair pair = keys(PERSONAL_BITS);
        X509Certificate ca = authority.certificate();
        X500Name subject = name(fullName, orgOf(ca), login);
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca, serial(), from(now), until(now, 5), subject,
                    pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature
                            | KeyUsage.nonRepudiation))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                            KeyPurposeId.id_kp_emailProtection,
                            KeyPurposeId.getInstance(new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.4.1.311.10.3.12"))}))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(ca));
            X509Certificate cert = sign(b, authority.key());
            return new SigningCredential(pair.getPrivate(), List.of(cert, ca));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("a signing certificate cannot be issued", e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, java.security.PrivateKey key)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder(SIGNATURE)
                    .build(key)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private KeyPair keys(int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits, random);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private BigInteger serial() {
        return new BigInteger(96, random).setBit(95);
    }

    private static X500Name name(String cn, String organisation, String login) {
        X500NameBuilder n = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        if (organisation != null) {
            n.addRDN(BCStyle.O, organisation);
        }
        if (login != null) {
            n.addRDN(BCStyle.UID, login);
        }
        return n.addRDN(BCStyle.CN, cn).build();
    }

    private static String orgOf(X509Certificate ca) {
        X500Name n = X500Name.getInstance(ca.getSubjectX500Principal().getEncoded());
        var rdns = n.getRDNs(BCStyle.O);
        return rdns.length == 0 ? null : rdns[0].getFirst().getValue().toString();
    }

    private static Date from(Instant now) {
        return Date.from(now.minusSeconds(300));
    }

    private static Date until(Instant now, int years) {
        return Date.from(now.atOffset(ZoneOffset.UTC).plusYears(years).toInstant());
    }
}
