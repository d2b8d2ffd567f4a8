package vn.sotruong.core.registers;

import java.time.Instant;
import java.util.List;

/**
 * Sổ theo dõi in ấn: one line of the print ledger — which book, for what, on what paper, who printed it and when,
 * the fingerprint of its data, its pages and the SHA-256 of the file written.
 */
public record PrintRecord(long id, long yearId, PrintRequest request, String printedBy, Instant printedAt,
                          String workstation, String fingerprint, int pages, String fileSha256,
                          List<PrintedPart> parts) {
    public PrintRecord {
        parts = List.copyOf(parts);
    }
}
