package vn.sotruong.core.signature;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Danh sách tin cậy: the roots a signer's certificate may chain to — the school's own authority and the roots (or
 * intermediate CAs) of Vietnamese CAs the administrator imported. A certificate is trusted at an instant when a
 * PKIX path (JDK {@code CertPathBuilder}, no revocation lists: the office PC is offline) leads from it to one of
 * them, every certificate valid at that instant, and its key usage allows signing documents.
 */
public final class TrustList {
    /** Which list the path ends in. */
    public enum Source {
        /** Chứng thư do CA của trường cấp. */
        SCHOOL,
        /** Chứng thư gốc đã nhập (CA công cộng). */
        IMPORTED
    }

    /**
     * Chuỗi chứng thư: the signer's certificate, the CAs above it, the trusted anchor last.
     */
    public record Path(List<X509Certificate> chain, Source source) {
        public Path {
            chain = List.copyOf(chain);
        }

        /** The chain's common names, signer first ("Đỗ Minh Toàn ← VNPT-CA ← Root CA"). */
        public List<String> names() {
            return chain.stream().map(Certificates::commonName).toList();
        }
    }

    private final Optional<X509Certificate> school;
    private final List<X509Certificate> imported;

    public TrustList(Optional<X509Certificate> school, List<X509Certificate> imported) {
        this.school = school;
        this.imported = List.copyOf(imported);
    }

    /** Only the school's authority (the list before any root is imported). */
    public static TrustList school(Optional<X509Certificate> school) {
        return new TrustList(school, List.of());
    }

    /**
     * The trusted path from {@code cert} at {@code at}, using {@code others} (the chain a key or a signature carries)
     * for the CAs between; empty when there is none or the key may not sign documents.
     */
    public Optional<Path> path(X509Certificate cert, Collection<X509Certificate> others, Instant at) {
        if (!maySign(cert)) {
            return Optional.empty();
        }
        Optional<Path> own = school.filter(s -> s.equals(cert)).map(s -> new Path(List.of(s), Source.SCHOOL));
        if (own.isPresent()) {
            return own;
        }
        Set<TrustAnchor> anchors = new HashSet<>();
        school.ifPresent(s -> anchors.add(new TrustAnchor(s, null)));
        imported.forEach(c -> anchors.add(new TrustAnchor(c, null)));
        if (anchors.isEmpty()) {
            return Optional.empty();
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(cert);
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(at));
            List<X509Certificate> pool = new ArrayList<>(others);
            pool.add(cert);
            pool.addAll(imported);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX")
                    .build(params);
            List<X509Certificate> chain = new ArrayList<>();
            result.getCertPath().getCertificates().forEach(c -> chain.add((X509Certificate) c));
            X509Certificate anchor = result.getTrustAnchor().getTrustedCert();
            chain.add(anchor);
            Source source = school.filter(anchor::equals).isPresent() ? Source.SCHOOL : Source.IMPORTED;
            return Optional.of(new Path(chain, source));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Key usage digitalSignature or nonRepudiation (a certificate with no key usage extension may sign). */
    public static boolean maySign(X509Certificate cert) {
        boolean[] usage = cert.getKeyUsage();
        return usage == null || usage[0] || usage.length > 1 && usage[1];
    }

    /** Whether {@code cert} is valid at {@code at}. */
    public static boolean validAt(X509Certificate cert, Instant at) {
        return !at.isBefore(cert.getNotBefore().toInstant()) && !at.isAfter(cert.getNotAfter().toInstant());
    }
}
