package vn.sotruong.data.signature;

import static vn.sotruong.data.jooq.Tables.SIGNING_KEY;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.sotruong.core.signature.CertificateBinding;
import vn.sotruong.core.signature.SigningKey;
import vn.sotruong.core.signature.SigningKeyStore;
import vn.sotruong.core.signature.TrustedRoot;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;
import vn.sotruong.data.jooq.tables.records.SigningKeyRecord;

/** The staff's signing keys in table {@code signing_key}; the trust list beside them ({@link JooqTrustStore}). */
public final class JooqSigningKeyStore implements SigningKeyStore {
    private final JooqTransactions tx;
    private final JooqTrustStore trust;

    public JooqSigningKeyStore(JooqTransactions tx) {
        this.tx = tx;
        this.trust = new JooqTrustStore(tx);
    }

    @Override
    public void addRoot(TrustedRoot root) {
        trust.addRoot(root);
    }

    @Override
    public boolean removeRoot(String fingerprint) {
        return trust.removeRoot(fingerprint);
    }

    @Override
    public List<TrustedRoot> roots() {
        return trust.roots();
    }

    @Override
    public void addBinding(CertificateBinding binding) {
        trust.addBinding(binding);
    }

    @Override
    public boolean confirmBinding(String login, String fingerprint, String by, Instant at) {
        return trust.confirmBinding(login, fingerprint, by, at);
    }

    @Override
    public List<CertificateBinding> bindings() {
        return trust.bindings();
    }

    @Override
    public long add(SigningKey k, Instant at) {
        tx.dsl().update(SIGNING_KEY).set(SIGNING_KEY.REPLACED_AT, Timestamps.utc(at))
                .where(SIGNING_KEY.LOGIN.equalIgnoreCase(k.login())).and(SIGNING_KEY.REPLACED_AT.isNull()).execute();
        return tx.dsl().insertInto(SIGNING_KEY).set(SIGNING_KEY.LOGIN, k.login()).set(SIGNING_KEY.SERIAL, k.serial())
                .set(SIGNING_KEY.SUBJECT, clip(k.subject())).set(SIGNING_KEY.ISSUER, clip(k.issuer()))
                .set(SIGNING_KEY.NOT_AFTER, Timestamps.utc(k.notAfter())).set(SIGNING_KEY.CERTIFICATE, k.certificate())
                .set(SIGNING_KEY.PKCS12, k.pkcs12()).set(SIGNING_KEY.ORIGIN, k.origin().name())
                .set(SIGNING_KEY.ADDED_BY, k.addedBy()).set(SIGNING_KEY.ADDED_AT, Timestamps.utc(k.addedAt()))
                .returning(SIGNING_KEY.ID).fetchOne().getId();
    }

    @Override
    public Optional<SigningKey> current(String login) {
        return tx.dsl().selectFrom(SIGNING_KEY).where(SIGNING_KEY.LOGIN.equalIgnoreCase(login))
                .and(SIGNING_KEY.REPLACED_AT.isNull()).orderBy(SIGNING_KEY.ID.desc()).limit(1).fetchOptional()
                .map(JooqSigningKeyStore::key);
    }

    @Override
    public List<SigningKey> all() {
        return tx.dsl().selectFrom(SIGNING_KEY).orderBy(SIGNING_KEY.ID).fetch(JooqSigningKeyStore::key);
    }

    private static SigningKey key(SigningKeyRecord r) {
        return new SigningKey(r.getId(), r.getLogin(), r.getSerial(), r.getSubject(), r.getIssuer(),
                Timestamps.instant(r.getNotAfter()), r.getCertificate(), r.getPkcs12(),
                SigningKey.Origin.valueOf(r.getOrigin()), r.getAddedBy(), Timestamps.instant(r.getAddedAt()));
    }

    private static String clip(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }
}
