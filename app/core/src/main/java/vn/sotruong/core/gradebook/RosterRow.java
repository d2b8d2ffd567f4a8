package vn.sotruong.core.gradebook;

import java.time.LocalDate;
import vn.sotruong.core.pupil.Pupil;

/**
 * A pupil of a class's book for the year: those who left stay in it (with the day they left, and read-only),
 * because the books of the period they attended keep them.
 */
public record RosterRow(Pupil pupil, LocalDate leftOn) {
    public boolean current() {
        return leftOn == null;
    }

    public long pupilId() {
        return pupil.id();
    }
}
