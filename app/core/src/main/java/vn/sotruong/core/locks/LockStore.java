package vn.sotruong.core.locks;

import java.util.List;

/** The lock decisions, append-only. */
public interface LockStore {
    long record(LockDecision decision);

    /** The year's decisions, oldest first. */
    List<LockDecision> decisions(long yearId);
}
