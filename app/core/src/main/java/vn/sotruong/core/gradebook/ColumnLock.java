package vn.sotruong.core.gradebook;

import java.util.List;

/**
 * Why a column cannot be changed now: a message code with its arguments ({@code lock.locked}, …). A lock that
 * only guards what is already entered ({@code firstEntryAllowed}: the automatic lock after a deadline) still lets
 * an empty cell be filled — a late entry, which the entry progress and the review show as late.
 */
public record ColumnLock(String code, List<Object> args, boolean firstEntryAllowed) {
    public ColumnLock {
        args = List.copyOf(args);
    }

    public static ColumnLock of(String code, Object... args) {
        return new ColumnLock(code, java.util.Arrays.asList(args), false);
    }

    /** A lock on what is entered only. */
    public static ColumnLock onEntered(String code, Object... args) {
        return new ColumnLock(code, java.util.Arrays.asList(args), true);
    }
}
