package vn.sotruong.core.registers;

/**
 * Tiến độ in: how far a print job has come, class by class, and whether the person asked to stop it. A book is
 * laid out one class at a time (a book without classes, such as the sổ đăng bộ, is one step); before each class
 * the job asks {@link #cancelled()}: a stopped print ends with {@code registers.cancelled}, no file and no ledger
 * line. Called on the printing thread.
 */
public interface PrintProgress {
    /** The data is being gathered (before the first class is laid out). */
    default void gathering() {
    }

    /** {@code done} of {@code total} classes are laid out; {@code current} is the one now (empty when all done). */
    void update(int done, int total, String current);

    /** Whether to stop the job before the next class. */
    boolean cancelled();

    /** No progress shown, never cancelled. */
    static PrintProgress none() {
        return new PrintProgress() {
            @Override
            public void update(int done, int total, String current) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
