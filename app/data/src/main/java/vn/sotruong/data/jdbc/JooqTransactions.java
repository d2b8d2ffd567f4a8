package vn.sotruong.data.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import vn.sotruong.core.common.Transactions;

/**
 * Transactions over jOOQ. Stores ask {@link #dsl()} for the context of the transaction the current
 * thread is in, so a service's whole unit of work commits or rolls back together.
 */
public final class JooqTransactions implements Transactions {
    private final DSLContext root;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    public JooqTransactions(DSLContext root) {
        this.root = root;
    }

    public DSLContext dsl() {
        DSLContext c = current.get();
        return c != null ? c : root;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        List<Runnable> after = new ArrayList<>();
        T result = root.transactionResult(cfg -> {
            current.set(cfg.dsl());
            afterCommit.set(after);
            try {
                return work.get();
            } finally {
                current.remove();
                afterCommit.remove();
            }
        });
        after.forEach(Runnable::run);
        return result;
    }

    /**
     * Runs {@code action} once the current transaction has committed (never if it rolls back); at once outside a
     * transaction. For what lives outside the database, such as the copy of the audit checkpoints.
     */
    public void afterCommit(Runnable action) {
        List<Runnable> pending = afterCommit.get();
        if (pending == null) {
            action.run();
        } else {
            pending.add(action);
        }
    }
}
