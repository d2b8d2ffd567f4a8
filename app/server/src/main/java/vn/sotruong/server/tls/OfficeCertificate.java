package vn.sotruong.server.tls;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.VietnameseText;
import vn.sotruong.core.lan.PairingCode;

/**
 * Chứng chỉ máy văn phòng: the office PC's TLS key (EC P-256) and self-signed certificate, made with Bouncy
 * Castle the first time the service starts and kept in the data folder ({@code lan/office-key.pem}, readable by
 * the owner only, and {@code lan/office-cert.pem}). Workstations pin this certificate when they pair.
 */
public final class OfficeCertificate {
    static final String KEY_FILE = "office-key.pem";
    static final String CERT_FILE = "office-cert.pem";
    private static final Duration VALID = Duration.ofDays(20 * 366);

    private final PrivateKey key;
    private final X509Certificate certificate;

    private OfficeCertificate(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /** The key and certificate in {@code dataDir/lan}, made there first if missing. */
    public static OfficeCertificate loadOrCreate(Path dataDir, String schoolName, Clock clock) {
        Path dir = dataDir.resolve("lan");
        Path keyFile = dir.resolve(KEY_FILE);
        Path certFile = dir.resolve(CERT_FILE);
        try {
            if (Files.exists(keyFile) && Files.exists(certFile)) {
                return new OfficeCertificate(readKey(keyFile), readCertificate(certFile));
            }
            OfficeCertificate made = create(schoolName, clock.instant());
            Files.createDirectories(dir);
            writeOwnerOnly(keyFile, pem(new JcaPKCS8Generator(made.key, null)));
            Files.writeString(certFile, pem(made.certificate), StandardCharsets.US_ASCII);
            return made;
        } catch (IOException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
            throw new DomainException("lan.certificateUnreadable", dir.toString(), String.valueOf(e.getMessage()));
        }
    }

    static OfficeCertificate create(String schoolName, Instant now)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        KeyPair pair = g.generateKeyPair();
        X500Name name = new X500Name("CN=So Truong - may van phong, O=" + ascii(schoolName));
        BigInteger serial = new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE);
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial,
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALID)), name, pair.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        X509CertificateHolder holder = b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
        return new OfficeCertificate(pair.getPrivate(), new JcaX509CertificateConverter().getCertificate(holder));
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The certificate's DER bytes: what the pairing code is made of and what workstations pin. */
    public byte[] der() {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of the certificate, grouped in fours: printed by {@code serve} to compare with a workstation's screen. */
    public String fingerprint() {
        return PairingCode.fingerprint(der());
    }

    /** An in-memory key store holding the key and certificate under {@code password}, for the TLS server. */
    public KeyStore keyStore(char[] password) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("office", key, password, new java.security.cert.Certificate[] {certificate});
            return ks;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey readKey(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser p = new PEMParser(r)) {
            return new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) p.readObject());
        }
    }

    private static X509Certificate readCertificate(Path file) throws IOException, GeneralSecurityException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser p = new PEMParser(r)) {
            return new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) p.readObject());
        }
    }

    private static String pem(Object o) throws IOException {
        StringWriter s = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(s)) {
            w.writeObject(o);
        }
        return s.toString();
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // Windows: the data folder's own ACL (the user's profile) protects it
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write(text);
        }
    }

    /** X.500 names here stay ASCII: Vietnamese letters lose their marks (as search keys do), others become spaces. */
    private static String ascii(String s) {
        return VietnameseText.searchKey(s).replaceAll("[^a-z0-9 .-]", " ").strip();
    }
}
