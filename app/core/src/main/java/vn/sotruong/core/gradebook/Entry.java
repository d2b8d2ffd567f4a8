package vn.sotruong.core.gradebook;

import java.time.Instant;

/** A stored cell: its value, how many times it was saved (optimistic concurrency), who saved it last and when. */
public record Entry(EntryKey key, EntryValue value, int version, String enteredBy, Instant enteredAt) {
    public String slot() {
        return key.slot();
    }

    public long pupilId() {
        return key.pupilId();
    }
}
