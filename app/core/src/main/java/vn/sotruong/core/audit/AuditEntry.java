package vn.sotruong.core.audit;

import java.time.Instant;

/** A stored audit event with its place in the chain. Timestamps are UTC. */
public record AuditEntry(long id, Instant at, String actorLogin, AuditKind kind, String target, String detail,
                         String workstation, String previousHash, String hash) {
}
