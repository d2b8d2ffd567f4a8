package vn.sotruong.core.assessment.tt27;

import java.util.Locale;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.VietnameseText;

/**
 * Level of a phẩm chất or năng lực (Circular 27 Art 7): Tốt (T), Đạt (Đ), Cần cố gắng (C). The label
 * "Cần cố gắng" is recalled [R], not seen verbatim (RULES.md §2.1).
 */
public enum QualityLevel {
    T("tt27.qualityLevel.t"),
    D("tt27.qualityLevel.d"),
    C("tt27.qualityLevel.c");

    public static final String INVALID = "tt27.qualityLevel.invalid";
    private final String labelKey;

    QualityLevel(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    public static QualityLevel parse(String text) {
        String t = text == null ? "" : VietnameseText.nfc(text).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return switch (t) {
            case "t", "tốt" -> T;
            case "đ", "đạt" -> D;
            case "c", "cần cố gắng" -> C;
            default -> throw new DomainException(INVALID, text == null ? "" : text.strip());
        };
    }
}
