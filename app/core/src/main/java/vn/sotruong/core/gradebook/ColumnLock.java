package vn.sotruong.core.gradebook;

import java.util.List;

/** Why a column cannot be changed now: a message code with its arguments ({@code lock.locked}, …). */
public record ColumnLock(String code, List<Object> args) {
    public ColumnLock {
        args = List.copyOf(args);
    }

    public static ColumnLock of(String code, Object... args) {
        return new ColumnLock(code, java.util.Arrays.asList(args));
    }
}
