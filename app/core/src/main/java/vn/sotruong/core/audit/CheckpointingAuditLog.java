package vn.sotruong.core.audit;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import vn.sotruong.core.common.DomainException;

/**
 * The audit trail that signs a checkpoint of its head, in the same transaction, right after the events that
 * matter most (locks, corrections, signatures, approved results). Without a school authority it only records; a
 * checkpoint that cannot be signed (the root key's secret missing) never stops the change being recorded.
 */
public final class CheckpointingAuditLog implements AuditLog {
    /** Events after which a checkpoint is signed. */
    public static final Set<AuditKind> CHECKPOINTED = EnumSet.of(AuditKind.LOCK_CHANGED, AuditKind.CORRECTION_CHANGED,
            AuditKind.MINUTE_SIGNED, AuditKind.RESULTS_APPROVED, AuditKind.SIGNATURE_AUTHORITY_CREATED,
            AuditKind.REGISTER_SIGNED);
    private static final System.Logger LOG = System.getLogger(CheckpointingAuditLog.class.getName());

    private final AuditLog log;
    private AuditCheckpoints checkpoints;

    public CheckpointingAuditLog(AuditLog log) {
        this.log = log;
    }

    /** Connects the checkpoints (built over the undecorated log). */
    public void checkpointWith(AuditCheckpoints c) {
        this.checkpoints = c;
    }

    @Override
    public void record(AuditEvent event) {
        log.record(event);
        if (checkpoints != null && CHECKPOINTED.contains(event.kind())) {
            try {
                checkpoints.sign();
            } catch (DomainException e) {
                LOG.log(System.Logger.Level.WARNING, "audit checkpoint not signed: " + e.code());
            }
        }
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return log.latest(limit);
    }

    @Override
    public OptionalLong firstBrokenEntry() {
        return log.firstBrokenEntry();
    }

    @Override
    public Optional<AuditEntry> entry(long id) {
        return log.entry(id);
    }

    @Override
    public long lastIdBelow(long id) {
        return log.lastIdBelow(id);
    }
}
