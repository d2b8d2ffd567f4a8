package vn.sotruong.core.attendance;

/**
 * Số buổi nghỉ: a pupil's absences over a period, counted the way Circular 22 Art 12 counts them —
 * on the plan of one buổi a day, so a day counts once whatever its sessions (see {@link AbsenceCounting}).
 *
 * @param excused days absent with leave (có phép)
 * @param unexcused days absent without leave (không phép)
 * @param late days late (đi muộn) and not absent
 */
public record AbsenceTally(int excused, int unexcused, int late) {
    public static final AbsenceTally NONE = new AbsenceTally(0, 0, 0);

    public AbsenceTally {
        if (excused < 0 || unexcused < 0 || late < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** What Art 12 counts toward the 45-buổi limit: có phép and không phép together. */
    public int absences() {
        return excused + unexcused;
    }

    public AbsenceTally plus(AbsenceTally other) {
        return new AbsenceTally(excused + other.excused, unexcused + other.unexcused, late + other.late);
    }
}
