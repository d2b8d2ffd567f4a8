package vn.sotruong.data.backup;

import java.time.Instant;

/**
 * One verified backup as the folder's ledger ({@link BackupLedger}) remembers it.
 *
 * @param seq the order this ledger learnt of it: one more than any entry before, whatever the clock
 *            said — rotation's second ordering, which a clock set wrong cannot change
 * @param created the verified manifest's creation time
 */
record LedgerEntry(long seq, String file, long bytes, Instant created, SchoolIdentity school, BackupKind kind,
                   Instant verified) {
}
