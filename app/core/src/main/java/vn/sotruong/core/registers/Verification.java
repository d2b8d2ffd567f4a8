package vn.sotruong.core.registers;

import java.util.List;

/**
 * The answer of {@code registers verify}: whether a printed book still matches the data.
 *
 * @param print the ledger's line for the book; null when the file is not one of ours
 * @param changed the parts whose data changed since (empty when it matches)
 * @param fileUnchanged whether the file is byte for byte the one written when it was printed, or its signed copy
 * @param signature the principal's signature of the print; null when the print is not signed
 * @param signedCopy whether the file is byte for byte the signed copy kept in the store
 */
public record Verification(Status status, PrintRecord print, List<String> changed, boolean fileUnchanged,
                           BookSignature signature, boolean signedCopy) {
    public enum Status {
        /** The data printed is the data now. */
        MATCH,
        /** The data changed since it was printed: reprint and re-sign the parts named. */
        STALE,
        /** Not a book printed from this store. */
        NOT_OURS
    }

    public Verification {
        changed = List.copyOf(changed);
    }

    /** A signed book whose file is neither the printed nor the signed copy: it was altered after signing. */
    public boolean signedAndAltered() {
        return signature != null && !fileUnchanged;
    }

    static Verification notOurs() {
        return new Verification(Status.NOT_OURS, null, List.of(), false, null, false);
    }
}
