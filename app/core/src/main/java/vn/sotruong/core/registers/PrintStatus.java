package vn.sotruong.core.registers;

import java.util.List;

/**
 * Sổ đã in và tình trạng của nó: one print of the ledger compared with the data now.
 *
 * @param changedParts the parts whose data is different now, gone, or new (empty when current)
 * @param corrections the correction minutes applied to the book's classes after it was printed
 * @param reprintedAs the ledger number of a later print of the same book, scope and period; null when none
 * @param problemCode why the book could not be gathered again (a message code), null when checked
 * @param problemArgs that message's arguments
 */
public record PrintStatus(PrintRecord print, PrintStanding standing, List<String> changedParts,
                          List<CorrectionSince> corrections, Long reprintedAs, String problemCode,
                          List<Object> problemArgs) {
    public PrintStatus {
        changedParts = List.copyOf(changedParts);
        corrections = List.copyOf(corrections);
        problemArgs = List.copyOf(problemArgs);
    }

    /** Whether the clerk must still print this book again: out of date and not reprinted since. */
    public boolean toReprint() {
        return standing == PrintStanding.SUPERSEDED && reprintedAs == null;
    }
}
