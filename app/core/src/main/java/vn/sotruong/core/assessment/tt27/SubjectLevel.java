package vn.sotruong.core.assessment.tt27;

import java.util.Locale;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.VietnameseText;

/** Mức đạt được of a subject or educational activity (Circular 27 Art 7): T, H, C. */
public enum SubjectLevel {
    /** Hoàn thành tốt. */
    T("tt27.subjectLevel.t"),
    /** Hoàn thành. */
    H("tt27.subjectLevel.h"),
    /** Chưa hoàn thành. */
    C("tt27.subjectLevel.c");

    public static final String INVALID = "tt27.subjectLevel.invalid";
    private final String labelKey;

    SubjectLevel(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** "T" / "H" / "C" or the full names; otherwise {@code tt27.subjectLevel.invalid}. */
    public static SubjectLevel parse(String text) {
        String t = text == null ? "" : VietnameseText.nfc(text).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return switch (t) {
            case "t", "hoàn thành tốt" -> T;
            case "h", "hoàn thành" -> H;
            case "c", "chưa hoàn thành" -> C;
            default -> throw new DomainException(INVALID, text == null ? "" : text.strip());
        };
    }
}
