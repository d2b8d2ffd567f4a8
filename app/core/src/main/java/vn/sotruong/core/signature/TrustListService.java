package vn.sotruong.core.signature;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * Danh sách tin cậy: the administrator imports the roots of Vietnamese CAs (the national root, VNPT-CA, Viettel-CA…)
 * beside the school's own authority; a person registers the certificate of their USB token or .p12 from such a CA
 * and an account manager confirms it is theirs. A signature is accepted when the signer's certificate chains to a
 * trusted root, was valid then, may sign documents, and is the signer's (ADR 0037).
 */
public final class TrustListService {
    private final AuthorityVault vault;
    private final TrustStore store;
    private final SigningKeyStore keys;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    TrustListService(AuthorityVault vault, SigningKeyStore keys, AuditLog audit, Transactions tx, Clock clock) {
        this.vault = vault;
        this.store = keys;
        this.keys = keys;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Reads a CA certificate file (.cer/.crt, DER or PEM) to show its name and fingerprint before it is added;
     * refused: not a certificate, not a CA's, expired.
     */
    public TrustedRoot preview(byte[] file) {
        X509Certificate c = read(file);
        Require.that(c.getBasicConstraints() >= 0, "trust.notCa", Certificates.commonName(c));
        Require.that(TrustList.validAt(c, clock.instant()), "signature.certificateNotValid",
                Certificates.commonName(c));
        return new TrustedRoot(0, fingerprint(c), c.getSubjectX500Principal().getName(), c.getNotAfter().toInstant(),
                Certificates.der(c), null, null);
    }

    /** Adds a root to the list (SCHOOL_SETUP), once; returns it as stored. */
    public TrustedRoot add(Actor actor, byte[] file) {
        actor.require(Permission.SCHOOL_SETUP);
        TrustedRoot seen = preview(file);
        Require.that(store.roots().stream().noneMatch(r -> r.fingerprint().equals(seen.fingerprint()))
                && vault.certificate().map(s -> !fingerprint(s).equals(seen.fingerprint())).orElse(true),
                "trust.exists", seen.fingerprint());
        Instant now = clock.instant();
        TrustedRoot root = new TrustedRoot(0, seen.fingerprint(), seen.subject(), seen.notAfter(), seen.certificate(),
                actor.login(), now);
        tx.run(() -> {
            store.addRoot(root);
            record(actor, AuditKind.TRUST_ROOT_ADDED, "trust:" + root.fingerprint(), root.subject());
        });
        return root;
    }

    /** Removes a root (SCHOOL_SETUP): signatures chaining only to it are no longer accepted. */
    public void remove(Actor actor, String fingerprint) {
        actor.require(Permission.SCHOOL_SETUP);
        String fp = normal(fingerprint);
        TrustedRoot root = store.roots().stream().filter(r -> r.fingerprint().equals(fp)).findFirst()
                .orElseThrow(() -> new DomainException("trust.unknown", String.valueOf(fingerprint)));
        tx.run(() -> {
            store.removeRoot(fp);
            record(actor, AuditKind.TRUST_ROOT_REMOVED, "trust:" + fp, root.subject());
        });
    }

    public List<TrustedRoot> roots() {
        return store.roots();
    }

    /** The school's authority and the imported roots. */
    public TrustList list() {
        return new TrustList(vault.certificate(), store.roots().stream().map(TrustedRoot::x509).toList());
    }

    /**
     * Đăng ký chứng thư: records a certificate (.cer/.crt or one taken from a token) as {@code login}'s. By the person
     * it waits for an account manager's confirmation; by an account manager it is confirmed at once.
     */
    public CertificateBinding register(Actor actor, String login, byte[] file) {
        String who = Require.text(login, "signature.noSuchAccount");
        boolean manager = actor.has(Permission.ACCOUNTS_MANAGE);
        if (!who.equalsIgnoreCase(actor.login()) && !manager) {
            throw new DomainException("auth.denied");
        }
        X509Certificate c = read(file);
        Require.that(TrustList.validAt(c, clock.instant()), "signature.certificateNotValid",
                Certificates.commonName(c));
        Require.that(TrustList.maySign(c), "trust.keyUsage", Certificates.commonName(c));
        String fp = fingerprint(c);
        Optional<CertificateBinding> other = store.bindings().stream().filter(b -> b.fingerprint().equals(fp))
                .filter(b -> !b.login().equalsIgnoreCase(who)).findFirst();
        Require.that(other.isEmpty(), "trust.registeredToOther", other.map(CertificateBinding::login).orElse(""));
        Require.that(store.bindings().stream().noneMatch(b -> b.fingerprint().equals(fp)), "trust.alreadyRegistered",
                fp);
        Instant now = clock.instant();
        CertificateBinding b = new CertificateBinding(0, who, fp, c.getSubjectX500Principal().getName(),
                c.getIssuerX500Principal().getName(), c.getNotAfter().toInstant(), Certificates.der(c), actor.login(),
                now, manager ? actor.login() : null, manager ? now : null);
        tx.run(() -> {
            store.addBinding(b);
            record(actor, AuditKind.CERTIFICATE_REGISTERED, "account:" + who,
                    fp + (manager ? " confirmed" : " pending") + " " + b.subject());
        });
        return b;
    }

    /** Xác nhận: an account manager confirms that a registered certificate is the person's. */
    public void confirm(Actor actor, String login, String fingerprint) {
        actor.require(Permission.ACCOUNTS_MANAGE);
        String fp = normal(fingerprint);
        Instant now = clock.instant();
        tx.run(() -> {
            Require.that(store.confirmBinding(login, fp, actor.login(), now), "trust.noPending", login, fp);
            record(actor, AuditKind.CERTIFICATE_CONFIRMED, "account:" + login, fp);
        });
    }

    /** The registered certificates the actor may see: everyone's for an account manager, else their own. */
    public List<CertificateBinding> bindings(Actor actor) {
        boolean all = actor.has(Permission.ACCOUNTS_MANAGE);
        return store.bindings().stream().filter(b -> all || b.login().equalsIgnoreCase(actor.login())).toList();
    }

    /**
     * The trusted path of a key about to sign for {@code actor} at {@code at}. Refused, each with its message: not
     * valid then, a key usage that may not sign, no path to a trusted root, or not the signer's own certificate.
     */
    public TrustList.Path requireTrusted(Actor actor, SigningCredential key, Instant at) {
        X509Certificate c = key.certificate();
        String name = Certificates.commonName(c);
        Require.that(TrustList.validAt(c, at), "signature.certificateNotValid", name);
        Require.that(TrustList.maySign(c), "trust.keyUsage", name);
        TrustList.Path path = list().path(c, key.chain(), at)
                .orElseThrow(() -> new DomainException("signature.notSchoolCertificate"));
        if (path.source() == TrustList.Source.SCHOOL) {
            Require.that(ownSchoolKey(c, actor), "signature.notOwnKey", name);
        } else {
            String fp = fingerprint(c);
            List<CertificateBinding> mine = store.bindings().stream().filter(b -> b.fingerprint().equals(fp))
                    .filter(b -> b.login().equalsIgnoreCase(actor.login())).toList();
            Require.that(!mine.isEmpty(), "trust.notRegistered", name, fp);
            Require.that(mine.stream().anyMatch(CertificateBinding::confirmed), "trust.notConfirmed", name);
        }
        return path;
    }

    /** A school certificate is the actor's: one of their stored keys, or (on a token) issued for their login. */
    boolean ownSchoolKey(X509Certificate c, Actor actor) {
        byte[] der = Certificates.der(c);
        return keys.all().stream().anyMatch(k -> k.login().equalsIgnoreCase(actor.login())
                && java.util.Arrays.equals(k.certificate(), der)) || actor.login().equals(Certificates.uid(c));
    }

    /** SHA-256 of the DER certificate in upper-case hexadecimal. */
    public static String fingerprint(X509Certificate c) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Certificates.der(c)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "AB:CD:EF:…": a fingerprint as certificate viewers and CAs' web pages show it. */
    public static String grouped(String fingerprint) {
        return String.join(":", fingerprint.split("(?<=\\G..)"));
    }

    /** "AB:CD:…" as typed or copied, with colons and spaces, in any case. */
    static String normal(String fingerprint) {
        return fingerprint == null ? "" : fingerprint.replaceAll("[:\\s]", "").toUpperCase(Locale.ROOT);
    }

    /** A certificate file, DER or PEM; refused {@code trust.unreadable}. */
    public static X509Certificate read(byte[] file) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(file));
        } catch (CertificateException | RuntimeException e) {
            throw new DomainException("trust.unreadable");
        }
    }

    private void record(Actor actor, AuditKind kind, String target, String detail) {
        audit.record(new AuditEvent(actor.login(), kind, target, detail, actor.workstation()));
    }
}
