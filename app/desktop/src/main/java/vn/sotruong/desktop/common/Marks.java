package vn.sotruong.desktop.common;

import java.util.Locale;
import vn.sotruong.core.assessment.tt22.SubjectOutcome;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Điểm và mức as the screens show them: how stored values look in the grid and the summary and what typed shorthand means. Stored text is canonical ("7.5",
 * conduct "T"); the grid shows "7,5" and "Tốt". The words are the registers' Vietnamese in both languages.
 */
public final class Marks {
    private Marks() {
    }

    /** The stored canonical text as the grid shows it. */
    public static String shown(ColumnKind kind, String canonical, UiText text) {
        if (canonical == null) {
            return "";
        }
        return switch (kind) {
            case SCORE, TEST, REASSESSMENT -> text.decimal(canonical);
            case CONDUCT -> ColumnKind.conductLevel(canonical).text();
            case EXEMPTION -> ColumnKind.EXEMPT_PRACTICAL.equals(canonical) ? "Miễn TH" : "Miễn";
            default -> canonical;
        };
    }

    /**
     * What to send for typed text: conduct may be typed as its register abbreviation (T, K, Đ, CĐ), which
     * the service reads as the full word; everything else goes as typed.
     */
    public static String typed(ColumnKind kind, String text) {
        if (kind != ColumnKind.CONDUCT || text == null) {
            return text;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "T" -> "Tốt";
            case "K" -> "Khá";
            case "Đ" -> "Đạt";
            case "CĐ" -> "Chưa đạt";
            default -> text;
        };
    }

    /** A subject's computed result: "7,7", "Đ", "Miễn", or blank while entries are missing. */
    public static String outcome(SubjectOutcome o, UiText text) {
        if (o == null) {
            return "";
        }
        return switch (o.status()) {
            case EXEMPT -> "Miễn";
            case INCOMPLETE -> "";
            case COMPUTED -> text.decimal(o.display());
        };
    }
}
