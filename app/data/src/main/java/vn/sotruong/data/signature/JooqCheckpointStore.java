package vn.sotruong.data.signature;

import static vn.sotruong.data.jooq.Tables.AUDIT_CHECKPOINT;

import java.util.List;
import vn.sotruong.core.audit.AuditCheckpoint;
import vn.sotruong.core.audit.CheckpointStore;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;

/** The audit chain's signed checkpoints in table {@code audit_checkpoint}, apart from {@code audit_event}. */
public final class JooqCheckpointStore implements CheckpointStore {
    private final JooqTransactions tx;

    public JooqCheckpointStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long add(AuditCheckpoint c) {
        return tx.dsl().insertInto(AUDIT_CHECKPOINT).set(AUDIT_CHECKPOINT.SEQUENCE_NO, c.sequence())
                .set(AUDIT_CHECKPOINT.CHAIN_HASH, c.chainHash()).set(AUDIT_CHECKPOINT.SIGNED_AT, Timestamps.utc(c.signedAt()))
                .set(AUDIT_CHECKPOINT.CERT_SERIAL, c.certSerial()).set(AUDIT_CHECKPOINT.SIGNATURE, c.signature())
                .returning(AUDIT_CHECKPOINT.ID).fetchOne().getId();
    }

    @Override
    public List<AuditCheckpoint> all() {
        return tx.dsl().selectFrom(AUDIT_CHECKPOINT).orderBy(AUDIT_CHECKPOINT.ID)
                .fetch(r -> new AuditCheckpoint(r.getId(), r.getSequenceNo(), r.getChainHash(),
                        Timestamps.instant(r.getSignedAt()), r.getCertSerial(), r.getSignature()));
    }
}
