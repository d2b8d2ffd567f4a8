package vn.sotruong.core.audit;

import java.util.List;
import java.util.OptionalLong;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/** Reading the audit trail (Nhật ký) and checking its hash chain, for those allowed to. */
public final class AuditService {
    private final AuditLog log;

    public AuditService(AuditLog log) {
        this.log = log;
    }

    public List<AuditEntry> latest(Actor actor, int limit) {
        actor.require(Permission.AUDIT_VIEW);
        return log.latest(limit);
    }

    /** Empty when the chain is intact, else the id of the first broken entry. */
    public OptionalLong verify(Actor actor) {
        actor.require(Permission.AUDIT_VIEW);
        return log.firstBrokenEntry();
    }
}
