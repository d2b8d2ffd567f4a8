package vn.sotruong.core.attendance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Ký hiệu điểm danh: what the register writes in a pupil's cell for a session. A blank cell (no
 * mark) means the pupil was present.
 */
public enum AttendanceCode {
    /** P — vắng có phép (absent with the parents' leave). */
    EXCUSED("P"),
    /** K — vắng không phép (absent without leave). */
    UNEXCUSED("K"),
    /** M — đi muộn (late). */
    LATE("M");

    private final String letter;

    AttendanceCode(String letter) {
        this.letter = letter;
    }

    /** The letter the registers and the DIEMDANH sheet use: P, K or M. */
    public String letter() {
        return letter;
    }

    /** Có phép and không phép are absences; muộn is not. */
    public boolean isAbsence() {
        return this != LATE;
    }

    /** The code a letter names, upper or lower case, surrounding spaces ignored. */
    public static Optional<AttendanceCode> ofLetter(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.letter.equals(t)).findFirst();
    }
}
