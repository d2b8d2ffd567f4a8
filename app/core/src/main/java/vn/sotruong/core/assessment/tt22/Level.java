package vn.sotruong.core.assessment.tt22;

import java.util.Locale;
import java.util.Optional;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.VietnameseText;

/** The four levels of Circular 22 for conduct (rèn luyện) and learning (học tập): Tốt, Khá, Đạt, Chưa đạt. */
public enum Level {
    CHUA_DAT("Chưa đạt"),
    DAT("Đạt"),
    KHA("Khá"),
    TOT("Tốt");

    public static final String INVALID = "tt22.level.invalid";

    private final String text;

    Level(String text) {
        this.text = text;
    }

    /** The Vietnamese word as written in the registers and the Excel files. */
    public String text() {
        return text;
    }

    public String labelKey() {
        return switch (this) {
            case TOT -> "tt22.level.tot";
            case KHA -> "tt22.level.kha";
            case DAT -> "tt22.level.dat";
            case CHUA_DAT -> "tt22.level.chuaDat";
        };
    }

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }

    /** The next level up (Chưa đạt → Đạt → Khá → Tốt); Tốt stays Tốt. */
    public Level up() {
        return this == TOT ? TOT : values()[ordinal() + 1];
    }

    /** How many levels {@code this} is below {@code other} (0 when not below). */
    public int levelsBelow(Level other) {
        return Math.max(0, other.ordinal() - ordinal());
    }

    public static Level parse(String s) {
        return tryParse(s).orElseThrow(() -> new DomainException(INVALID, s == null ? "" : s.strip()));
    }

    public static Optional<Level> tryParse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = VietnameseText.nfc(s).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (Level l : values()) {
            if (l.text.toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
