package vn.sotruong.data.signature;

import static vn.sotruong.data.jooq.Tables.MINUTE_SIGNATURE;

import java.util.List;
import java.util.Optional;
import vn.sotruong.core.correction.MinuteSignature;
import vn.sotruong.core.correction.MinuteSignatureStore;
import vn.sotruong.core.correction.SignerRole;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;

/** The signed versions of the minutes' PDFs in table {@code minute_signature}. */
public final class JooqMinuteSignatureStore implements MinuteSignatureStore {
    private final JooqTransactions tx;

    public JooqMinuteSignatureStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long add(MinuteSignature s, byte[] pdf) {
        return tx.dsl().insertInto(MINUTE_SIGNATURE).set(MINUTE_SIGNATURE.MINUTE_ID, s.minuteId())
                .set(MINUTE_SIGNATURE.SIGNER_ROLE, s.role().name()).set(MINUTE_SIGNATURE.LOGIN, s.login())
                .set(MINUTE_SIGNATURE.CERT_SERIAL, s.certSerial()).set(MINUTE_SIGNATURE.SIGNED_AT, Timestamps.utc(s.signedAt()))
                .set(MINUTE_SIGNATURE.PDF, pdf).set(MINUTE_SIGNATURE.SHA256, s.sha256())
                .returning(MINUTE_SIGNATURE.ID).fetchOne().getId();
    }

    @Override
    public List<MinuteSignature> of(long minuteId) {
        return tx.dsl().select(MINUTE_SIGNATURE.ID, MINUTE_SIGNATURE.MINUTE_ID, MINUTE_SIGNATURE.SIGNER_ROLE,
                        MINUTE_SIGNATURE.LOGIN, MINUTE_SIGNATURE.CERT_SERIAL, MINUTE_SIGNATURE.SIGNED_AT,
                        MINUTE_SIGNATURE.SHA256).from(MINUTE_SIGNATURE).where(MINUTE_SIGNATURE.MINUTE_ID.eq(minuteId))
                .orderBy(MINUTE_SIGNATURE.ID)
                .fetch(r -> new MinuteSignature(r.value1(), r.value2(), SignerRole.valueOf(r.value3()), r.value4(),
                        r.value5(), Timestamps.instant(r.value6()), r.value7()));
    }

    @Override
    public Optional<byte[]> pdf(long signatureId) {
        return tx.dsl().select(MINUTE_SIGNATURE.PDF).from(MINUTE_SIGNATURE).where(MINUTE_SIGNATURE.ID.eq(signatureId))
                .fetchOptional(MINUTE_SIGNATURE.PDF);
    }
}
