package vn.sotruong.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Kết quả kiểm tra nhật ký: the first broken event (edited, deleted, reordered, or differing from a signed
 * checkpoint), a truncation shown by a checkpoint beyond the chain's end, and checkpoints whose signature fails.
 */
public record AuditVerification(OptionalLong firstBroken, long chainEnd, Optional<Truncation> truncation,
                                List<Long> forgedCheckpoints, int checkpoints) {
    public AuditVerification {
        forgedCheckpoints = List.copyOf(forgedCheckpoints);
    }

    /**
     * The chain stops at {@code stopsAt} (events after it may have been written since) but the checkpoint signed at
     * {@code signedAt} says it reached {@code reached}: the events in between were deleted.
     */
    public record Truncation(long checkpointId, long reached, Instant signedAt, long stopsAt) {
    }

    public boolean intact() {
        return firstBroken.isEmpty() && truncation.isEmpty() && forgedCheckpoints.isEmpty();
    }
}
