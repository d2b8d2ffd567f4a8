package vn.sotruong.core.lan;

import java.time.Instant;

/**
 * Máy trạm: a teacher's computer on the school LAN that asked to pair with the office PC.
 *
 * @param pairingCode the six digits both screens showed when it asked to pair
 * @param address the network address it asked from
 * @param decidedBy who approved or revoked it (null while pending)
 */
public record Workstation(long id, String name, String pairingCode, WorkstationStatus status, String address,
                          Instant requestedAt, String decidedBy, Instant decidedAt, Instant lastSeenAt) {

    /** How the audit trail and the signed-in {@code Actor} name it: {@code máy trạm 3: Phòng máy 1}. */
    public String label() {
        return "máy trạm " + id + ": " + name;
    }
}
