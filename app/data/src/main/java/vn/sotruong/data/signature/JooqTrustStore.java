package vn.sotruong.data.signature;

import static vn.sotruong.data.jooq.Tables.CERTIFICATE_BINDING;
import static vn.sotruong.data.jooq.Tables.TRUSTED_ROOT;

import java.time.Instant;
import java.util.List;
import vn.sotruong.core.signature.CertificateBinding;
import vn.sotruong.core.signature.TrustStore;
import vn.sotruong.core.signature.TrustedRoot;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;
import vn.sotruong.data.jooq.tables.records.CertificateBindingRecord;
import vn.sotruong.data.jooq.tables.records.TrustedRootRecord;

/** Imported roots in {@code trusted_root}, registered certificates in {@code certificate_binding} (V15). */
final class JooqTrustStore implements TrustStore {
    private final JooqTransactions tx;

    JooqTrustStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void addRoot(TrustedRoot r) {
        tx.dsl().insertInto(TRUSTED_ROOT).set(TRUSTED_ROOT.FINGERPRINT, r.fingerprint())
                .set(TRUSTED_ROOT.SUBJECT, clip(r.subject())).set(TRUSTED_ROOT.NOT_AFTER, Timestamps.utc(r.notAfter()))
                .set(TRUSTED_ROOT.CERTIFICATE, r.certificate()).set(TRUSTED_ROOT.ADDED_BY, r.addedBy())
                .set(TRUSTED_ROOT.ADDED_AT, Timestamps.utc(r.addedAt())).execute();
    }

    @Override
    public boolean removeRoot(String fingerprint) {
        return tx.dsl().deleteFrom(TRUSTED_ROOT).where(TRUSTED_ROOT.FINGERPRINT.eq(fingerprint)).execute() > 0;
    }

    @Override
    public List<TrustedRoot> roots() {
        return tx.dsl().selectFrom(TRUSTED_ROOT).orderBy(TRUSTED_ROOT.ID).fetch(JooqTrustStore::root);
    }

    @Override
    public void addBinding(CertificateBinding b) {
        tx.dsl().insertInto(CERTIFICATE_BINDING).set(CERTIFICATE_BINDING.LOGIN, b.login())
                .set(CERTIFICATE_BINDING.FINGERPRINT, b.fingerprint())
                .set(CERTIFICATE_BINDING.SUBJECT, clip(b.subject())).set(CERTIFICATE_BINDING.ISSUER, clip(b.issuer()))
                .set(CERTIFICATE_BINDING.NOT_AFTER, Timestamps.utc(b.notAfter()))
                .set(CERTIFICATE_BINDING.CERTIFICATE, b.certificate())
                .set(CERTIFICATE_BINDING.REGISTERED_BY, b.registeredBy())
                .set(CERTIFICATE_BINDING.REGISTERED_AT, Timestamps.utc(b.registeredAt()))
                .set(CERTIFICATE_BINDING.CONFIRMED_BY, b.confirmedBy())
                .set(CERTIFICATE_BINDING.CONFIRMED_AT, b.confirmedAt() == null ? null : Timestamps.utc(b.confirmedAt()))
                .execute();
    }

    @Override
    public boolean confirmBinding(String login, String fingerprint, String by, Instant at) {
        return tx.dsl().update(CERTIFICATE_BINDING).set(CERTIFICATE_BINDING.CONFIRMED_BY, by)
                .set(CERTIFICATE_BINDING.CONFIRMED_AT, Timestamps.utc(at))
                .where(CERTIFICATE_BINDING.LOGIN.equalIgnoreCase(login))
                .and(CERTIFICATE_BINDING.FINGERPRINT.eq(fingerprint))
                .and(CERTIFICATE_BINDING.CONFIRMED_BY.isNull()).execute() > 0;
    }

    @Override
    public List<CertificateBinding> bindings() {
        return tx.dsl().selectFrom(CERTIFICATE_BINDING).orderBy(CERTIFICATE_BINDING.ID).fetch(JooqTrustStore::binding);
    }

    private static TrustedRoot root(TrustedRootRecord r) {
        return new TrustedRoot(r.getId(), r.getFingerprint(), r.getSubject(), Timestamps.instant(r.getNotAfter()),
                r.getCertificate(), r.getAddedBy(), Timestamps.instant(r.getAddedAt()));
    }

    private static CertificateBinding binding(CertificateBindingRecord r) {
        return new CertificateBinding(r.getId(), r.getLogin(), r.getFingerprint(), r.getSubject(), r.getIssuer(),
                Timestamps.instant(r.getNotAfter()), r.getCertificate(), r.getRegisteredBy(),
                Timestamps.instant(r.getRegisteredAt()), r.getConfirmedBy(),
                r.getConfirmedAt() == null ? null : Timestamps.instant(r.getConfirmedAt()));
    }

    private static String clip(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }
}
