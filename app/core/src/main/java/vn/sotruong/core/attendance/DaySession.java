package vn.sotruong.core.attendance;

import java.util.Arrays;
import java.util.Optional;
import vn.sotruong.core.common.VietnameseText;

/** Buổi học: the morning or the afternoon session of a school day. */
public enum DaySession {
    /** Buổi sáng. */
    SANG("Sáng"),
    /** Buổi chiều. */
    CHIEU("Chiều");

    private final String label;

    DaySession(String label) {
        this.label = label;
    }

    /** The word the DIEMDANH sheet uses: Sáng or Chiều. */
    public String label() {
        return label;
    }

    /** "Sáng"/"Chiều", in any case and with or without the marks ("sang", "CHIEU"). */
    public static Optional<DaySession> ofLabel(String text) {
        String key = VietnameseText.searchKey(text);
        return Arrays.stream(values()).filter(s -> VietnameseText.searchKey(s.label).equals(key)).findFirst();
    }

    /** The sessions a school keeps: the morning only, or both. */
    public static java.util.List<DaySession> kept(int sessionsPerDay) {
        return sessionsPerDay >= 2 ? java.util.List.of(SANG, CHIEU) : java.util.List.of(SANG);
    }
}
