package vn.sotruong.core.rollover;

import vn.sotruong.core.pupil.Pupil;

/**
 * Where a pupil goes at the rollover: promoted to the next grade, retained in the same grade, completed the
 * school's programme (leaves), or undecided (the year's result is not final).
 *
 * @param toClass the new year's class name; null when the pupil leaves or is undecided
 */
public record Placement(Pupil pupil, String fromClass, Decision decision, String toClass) {
    public enum Decision {
        /** Lên lớp. */
        PROMOTED,
        /** Ở lại lớp. */
        RETAINED,
        /** Hoàn thành chương trình THCS / tiểu học. */
        COMPLETED,
        /** The year's result is not decided yet. */
        UNDECIDED;

        public String labelKey() {
            return "rollover.decision." + name();
        }
    }
}
