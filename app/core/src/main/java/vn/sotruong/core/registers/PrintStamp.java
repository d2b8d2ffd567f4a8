package vn.sotruong.core.registers;

import java.time.Instant;

/**
 * What a printed book carries to be checked later: its number in the print ledger and the fingerprint of the
 * data printed.
 *
 * @param printedAt when it was printed; null when read back from a file (the ledger has it)
 */
public record PrintStamp(long ledgerId, String fingerprint, Instant printedAt) {
    /** The first characters of the fingerprint, as printed at the foot of the pages. */
    public String shortCode() {
        return fingerprint.substring(0, 12);
    }
}
