package vn.sotruong.core.audit;

import java.time.Instant;

/**
 * Điểm mốc nhật ký: the audit chain's head (the last event's number and hash) signed with the school's key and
 * kept apart from the chain, so deleting the chain's last events shows.
 */
public record AuditCheckpoint(long id, long sequence, String chainHash, Instant signedAt, String certSerial,
                              byte[] signature) {
    /** The bytes signed. */
    public byte[] payload() {
        return ("sotruong-audit-checkpoint:" + sequence + ":" + chainHash + ":" + signedAt)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
