package vn.sotruong.core.common;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically. Services wrap every change (and the audit event it writes)
 * in one call so nothing is ever half-done.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
