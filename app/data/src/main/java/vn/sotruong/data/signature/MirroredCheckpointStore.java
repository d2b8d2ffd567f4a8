package vn.sotruong.data.signature;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.audit.AuditCheckpoint;
import vn.sotruong.core.audit.CheckpointStore;
import vn.sotruong.data.jdbc.JooqTransactions;

/**
 * The checkpoints in the database and, once the transaction that signed them has committed, in the file outside
 * it ({@link CheckpointFile}). Reading gives both, a checkpoint found the same in both once: a row deleted or
 * changed in the database is still checked from the file's copy, and the changed row on its own (ADR 0031).
 */
public final class MirroredCheckpointStore implements CheckpointStore {
    private final JooqCheckpointStore db;
    private final CheckpointFile file;
    private final JooqTransactions tx;

    public MirroredCheckpointStore(JooqCheckpointStore db, CheckpointFile file, JooqTransactions tx) {
        this.db = db;
        this.file = file;
        this.tx = tx;
    }

    @Override
    public long add(AuditCheckpoint c) {
        long id = db.add(c);
        AuditCheckpoint stored = new AuditCheckpoint(id, c.sequence(), c.chainHash(), c.signedAt(), c.certSerial(),
                c.signature());
        // a checkpoint of a rolled-back transaction must not reach the file: it would name events that never were
        tx.afterCommit(() -> file.append(stored));
        return id;
    }

    @Override
    public List<AuditCheckpoint> all() {
        Map<String, AuditCheckpoint> both = new LinkedHashMap<>();
        for (AuditCheckpoint c : db.all()) {
            both.putIfAbsent(CheckpointFile.line(c), c);
        }
        for (AuditCheckpoint c : file.read()) {
            both.putIfAbsent(CheckpointFile.line(c), c);
        }
        List<AuditCheckpoint> out = new ArrayList<>(both.values());
        out.sort(Comparator.comparingLong(AuditCheckpoint::id));
        return out;
    }
}
