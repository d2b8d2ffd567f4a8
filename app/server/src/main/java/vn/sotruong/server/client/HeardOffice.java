package vn.sotruong.server.client;

import java.time.Instant;

/**
 * Máy văn phòng nghe thấy: an office PC whose announcement reached this workstation — where to reach it, which school
 * it says it is, and the start of its certificate's fingerprint (compare with the office PC's screen; the pairing
 * code decides anyway).
 */
public record HeardOffice(OfficeAddress address, String school, String fingerprintPrefix, Instant lastHeard) {
}
