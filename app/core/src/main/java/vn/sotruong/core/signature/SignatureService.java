package vn.sotruong.core.signature;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.school.SchoolStore;
import vn.sotruong.core.security.Account;
import vn.sotruong.core.security.AccountStore;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * Chữ ký số: the school's certificate authority (created once on the office PC) and the staff's personal signing
 * keys it issues, exported and imported as password-protected PKCS#12 files.
 */
public final class SignatureService {
    /** Shortest key password accepted. */
    public static final int KEY_PASSWORD_MIN = 8;

    private final AuthorityVault vault;
    private final CertificateMaker maker;
    private final SigningKeyStore keys;
    private final AccountStore accounts;
    private final SchoolStore school;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final TrustListService trust;

    public SignatureService(AuthorityVault vault, CertificateMaker maker, SigningKeyStore keys, AccountStore accounts,
                            SchoolStore school, AuditLog audit, Transactions tx, Clock clock) {
        this.vault = vault;
        this.maker = maker;
        this.keys = keys;
        this.accounts = accounts;
        this.school = school;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.trust = new TrustListService(vault, keys, audit, tx, clock);
    }

    /** The trust list: imported CA roots and registered certificates (ADR 0037). */
    public TrustListService trust() {
        return trust;
    }

    /** Creates the school's certificate authority (once); returns its certificate. */
    public X509Certificate createAuthority(Actor actor) {
        actor.require(Permission.SCHOOL_SETUP);
        Require.that(vault.certificate().isEmpty(), "signature.authorityExists");
        String name = school.find().orElseThrow(() -> new DomainException("school.notSetUp")).name();
        Instant now = clock.instant();
        SigningCredential root = maker.newAuthority(name, now);
        tx.run(() -> {
            vault.keep(root, actor.login(), now);
            record(actor, AuditKind.SIGNATURE_AUTHORITY_CREATED, "school", "root " + root.serial() + " "
                    + root.certificate().getSubjectX500Principal().getName());
        });
        return root.certificate();
    }

    public Optional<X509Certificate> authority() {
        return vault.certificate();
    }

    /**
     * Issues a personal signing key to {@code login} (oneself, or anyone with ACCOUNTS_MANAGE), sealed with
     * {@code keyPassword}; a key issued before is replaced. Returns the stored key.
     */
    public SigningKey issue(Actor actor, String login, char[] keyPassword) {
        Account person = mayManage(actor, login);
        requireKeyPassword(keyPassword);
        SigningCredential root = vault.open();
        Instant now = clock.instant();
        SigningCredential personal = maker.issue(root, person.fullName(), person.login(), now);
        return add(actor, person, personal, Pkcs12.write(personal, keyPassword), SigningKey.Origin.ISSUED, now);
    }

    /** Imports one's own key from a .p12 file (e.g. from a Vietnamese CA); it must open and be valid now. */
    public SigningKey importKey(Actor actor, byte[] pkcs12, char[] password) {
        Account person = mayManage(actor, actor.login());
        SigningCredential c = Pkcs12.read(pkcs12, password);
        Instant now = clock.instant();
        Require.that(TrustList.validAt(c.certificate(), now), "signature.certificateNotValid",
                Certificates.commonName(c.certificate()));
        return add(actor, person, c, pkcs12, SigningKey.Origin.IMPORTED, now);
    }

    /** The current key of {@code login} as its PKCS#12 (still sealed with the key password). */
    public byte[] export(Actor actor, String login) {
        Account person = mayManage(actor, login);
        SigningKey key = keys.current(person.login()).orElseThrow(() -> new DomainException("signature.noKey",
                person.login()));
        tx.run(() -> record(actor, AuditKind.SIGNING_KEY_EXPORTED, "account:" + person.login(), "key " + key.serial()));
        return key.pkcs12().clone();
    }

    /** The actor's own key, opened with the key password (refused: {@code signature.wrongKeyPassword}). */
    public SigningCredential unlock(Actor actor, char[] keyPassword) {
        return ownKey(actor).open(keyPassword);
    }

    /** The actor's own stored key, to be opened with the key password; refused {@code signature.noKey}. */
    public CredentialSource ownKey(Actor actor) {
        SigningKey key = keys.current(actor.login()).orElseThrow(() -> new DomainException("signature.noKey",
                actor.login()));
        return new Pkcs12Source(key.pkcs12());
    }

    /**
     * Whether a certificate of the school's authority is the actor's: one of their stored keys (the same
     * certificate), or (a key kept on a USB token) issued for their login (the subject's UID the school writes).
     */
    public boolean belongsTo(X509Certificate certificate, Actor actor) {
        return trust.ownSchoolKey(certificate, actor);
    }

    /**
     * Danh sách chứng thư: the current keys the actor may see — everyone's for an account manager, else their own.
     */
    public List<SigningKey> currentKeys(Actor actor) {
        boolean all = actor.has(Permission.ACCOUNTS_MANAGE);
        return accounts.list().stream().filter(Account::active).filter(a -> all || a.id() == actor.accountId())
                .flatMap(a -> keys.current(a.login()).stream()).toList();
    }

    public Optional<SigningKey> currentKey(String login) {
        return keys.current(login);
    }

    /** Every key, for naming signers (who signed with certificate N). */
    public List<SigningKey> allKeys() {
        return keys.all();
    }

    private SigningKey add(Actor actor, Account person, SigningCredential c, byte[] p12, SigningKey.Origin origin,
                           Instant now) {
        X509Certificate cert = c.certificate();
        SigningKey key = new SigningKey(0, person.login(), c.serial(), cert.getSubjectX500Principal().getName(),
                cert.getIssuerX500Principal().getName(), cert.getNotAfter().toInstant(), Certificates.der(cert), p12,
                origin, actor.login(), now);
        long id = tx.inTransaction(() -> {
            long stored = keys.add(key, now);
            record(actor, AuditKind.SIGNING_KEY_ISSUED, "account:" + person.login(),
                    origin.name().toLowerCase(java.util.Locale.ROOT) + " key " + key.serial() + " " + key.subject());
            return stored;
        });
        return new SigningKey(id, key.login(), key.serial(), key.subject(), key.issuer(), key.notAfter(),
                key.certificate(), key.pkcs12(), origin, key.addedBy(), now);
    }

    private Account mayManage(Actor actor, String login) {
        String who = Require.text(login, "signature.noSuchAccount");
        Account person = accounts.findByLogin(who).filter(Account::active)
                .orElseThrow(() -> new DomainException("signature.noSuchAccount", who));
        if (person.id() != actor.accountId()) {
            actor.require(Permission.ACCOUNTS_MANAGE);
        }
        return person;
    }

    private static void requireKeyPassword(char[] password) {
        Require.that(password != null && password.length >= KEY_PASSWORD_MIN, "signature.keyPasswordTooShort",
                KEY_PASSWORD_MIN);
    }

    private void record(Actor actor, AuditKind kind, String target, String detail) {
        audit.record(new AuditEvent(actor.login(), kind, target, detail, actor.workstation()));
    }
}
