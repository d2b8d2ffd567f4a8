package vn.sotruong.data.jdbc;

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
        return root.transactionResult(cfg -> {
            current.set(cfg.dsl());
            try {
                return work.get();
            } finally {
                current.remove();
            }
        });
    }
}
