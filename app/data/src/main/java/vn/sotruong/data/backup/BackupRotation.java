package vn.sotruong.data.backup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which older generations of one school's backups in a folder may go (xoay vòng bản sao lưu), after
 * {@code made} was verified. A backup is removed only when it is outside the newest {@code keep} by
 * the verified creation time <em>and</em> outside the newest {@code keep} by the order the folder's
 * ledger learnt of them, <em>and</em> not dated after the backup just made nor in the future. So:
 * <ul>
 * <li>the newest verified backup by either ordering is never removed;</li>
 * <li>a clock set <em>earlier</em> makes the new backup look old: everything dated after it is kept,
 *     and the backups made while the clock was wrong are the newest in the ledger's order, so kept;</li>
 * <li>a clock set <em>later</em> dates the new backup in the future: it is the newest by both orders,
 *     and once the clock is right again it is "dated in the future" and kept until that date passes.</li>
 * </ul>
 * Pure: the folder's files are handled by {@link BackupFolder}.
 */
final class BackupRotation {
    private BackupRotation() {
    }

    /** The plan: what goes, and how many stay only for their date. */
    record Plan(List<LedgerEntry> remove, int datedLater) {
    }

    /**
     * @param others the same school's other verified backups present in the folder
     * @param made the backup just written and verified (never removed)
     * @param keep generations to keep (at least 1)
     * @param now the clock at rotation, normally the new backup's time
     */
    static Plan plan(List<LedgerEntry> others, LedgerEntry made, int keep, Instant now) {
        int n = Math.max(1, keep);
        List<LedgerEntry> all = new ArrayList<>(others);
        all.add(made);
        Set<Long> kept = new HashSet<>();
        all.stream().sorted(Comparator.comparing(LedgerEntry::created).thenComparingLong(LedgerEntry::seq).reversed())
                .limit(n).forEach(e -> kept.add(e.seq()));
        all.stream().sorted(Comparator.comparingLong(LedgerEntry::seq).reversed())
                .limit(n).forEach(e -> kept.add(e.seq()));
        List<LedgerEntry> remove = new ArrayList<>();
        int datedLater = 0;
        for (LedgerEntry e : others) {
            boolean laterOrFuture = e.created().isAfter(made.created()) || e.created().isAfter(now);
            if (laterOrFuture) {
                datedLater++;
            } else if (!kept.contains(e.seq())) {
                remove.add(e);
            }
        }
        return new Plan(remove, datedLater);
    }
}
