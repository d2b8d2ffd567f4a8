package vn.sotruong.core.gradebook;

/** Buổi absent in the year: có phép and không phép; Circular 22 Art 12 counts both. */
public record PupilAbsences(int excused, int unexcused) {
    public static final PupilAbsences NONE = new PupilAbsences(0, 0);

    public int counted() {
        return excused + unexcused;
    }
}
