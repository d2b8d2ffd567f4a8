package vn.sotruong.core.audit;

import java.util.List;
import java.util.OptionalLong;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/** Reading the audit trail (Nhật ký) and checking its hash chain, for those allowed to. */
public final class AuditService {
    private final AuditLog log;
    private final AuditCheckpoints checkpoints;

    public AuditService(AuditLog log, AuditCheckpoints checkpoints) {
        this.log = log;
        this.checkpoints = checkpoints;
    }

    public List<AuditEntry> latest(Actor actor, int limit) {
        actor.require(Permission.AUDIT_VIEW);
        return log.latest(limit);
    }

    /** One event by its number, if it is still there (to name a broken one). */
    public java.util.Optional<AuditEntry> entry(Actor actor, long id) {
        actor.require(Permission.AUDIT_VIEW);
        return log.entry(id);
    }

    /** Empty when the chain is intact, else the id of the first broken entry. */
    public OptionalLong verify(Actor actor) {
        actor.require(Permission.AUDIT_VIEW);
        return log.firstBrokenEntry();
    }

    /** The chain checked with its signed checkpoints: also names a deleted tail and a forged checkpoint. */
    public AuditVerification check(Actor actor) {
        actor.require(Permission.AUDIT_VIEW);
        return checkpoints.verify();
    }

    /** Signs a checkpoint of the chain's head now (on demand); refused without a school authority. */
    public AuditCheckpoint checkpoint(Actor actor) {
        actor.require(Permission.AUDIT_VIEW);
        return checkpoints.sign().orElseThrow(() -> new vn.sotruong.core.common.DomainException("signature.noAuthority"));
    }
}
