package vn.sotruong.core.audit;

import java.util.List;

/**
 * The audit trail. Each event is written in the same transaction as the change it records and is
 * hash-chained to the one before it, so an edit or a deletion shows.
 */
public interface AuditLog {
    void record(AuditEvent event);

    List<AuditEntry> latest(int limit);

    /** Checks the chain; empty when intact, else the id of the first broken entry. */
    java.util.OptionalLong firstBrokenEntry();

    /** The event with that number, if it is still there. */
    java.util.Optional<AuditEntry> entry(long id);

    /** The number of the last event before {@code id} still there (0 if none). */
    long lastIdBelow(long id);
}
