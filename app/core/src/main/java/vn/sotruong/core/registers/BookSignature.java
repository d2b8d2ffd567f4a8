package vn.sotruong.core.registers;

import java.time.Instant;

/**
 * Sổ đã ký số: the principal's PAdES signature of a printed book — the book of ledger line {@code ledgerId}
 * rendered again from the same data and signed; the signed PDF is kept in the store.
 *
 * @param sha256 the SHA-256 of the signed PDF
 */
public record BookSignature(long ledgerId, String login, String certSerial, Instant signedAt, String sha256) {
}
