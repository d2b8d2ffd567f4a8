package vn.sotruong.core.audit;

import java.util.List;

/** The signed checkpoints of the audit chain, in a table of their own. */
public interface CheckpointStore {
    long add(AuditCheckpoint checkpoint);

    /** All checkpoints, oldest first. */
    List<AuditCheckpoint> all();
}
