package vn.sotruong.core.review;

import java.util.List;
import java.util.Locale;
import vn.sotruong.core.assessment.tt27.Tt27RuleSet;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.ColumnLayout;

/**
 * Cột đánh giá bằng mức: a column whose cells hold levels, not scores — a tiểu học subject's level at one of the four
 * points ({@code GHK1.MUC} … {@code CN.MUC}: T/H/C), a quality or competence at a point ({@code YEUNUOC.CN}: T/Đ/C),
 * or a THCS subject assessed by comment ({@code HK1.TX1}, {@code HK1.GK}, {@code HK2.CK}: Đ/CĐ). Anything else is
 * refused with {@code review.levelColumnInvalid}.
 *
 * @param item the subject's code, or {@link Area#NO_ITEM} for the qualities sheet
 */
public record LevelColumn(Area area, String item, String slot) {
    private static final String POINT = "(GHK1|CHK1|GHK2|CN)";

    public LevelColumn {
        slot = slot == null ? "" : slot.strip().toUpperCase(Locale.ROOT);
        boolean ok = switch (area) {
            case SUBJECT -> item != null && !item.isBlank()
                    && (slot.matches(POINT + "\\.MUC") || slot.matches("HK[12]\\.(TX\\d|GK|CK)"));
            case QUALITY -> Area.NO_ITEM.equals(item) && slot.contains(".")
                    && Tt27RuleSet.QUALITIES.contains(slot.substring(0, slot.indexOf('.')))
                    && slot.substring(slot.indexOf('.') + 1).matches(POINT);
            case CONDUCT -> false;
        };
        if (!ok) {
            throw new DomainException("review.levelColumnInvalid", slot);
        }
    }

    /** A subject's column: {@code TOAN, CN.MUC} or {@code AMNHAC, HK1.GK}. */
    public static LevelColumn subject(String code, String slot) {
        return new LevelColumn(Area.SUBJECT, code, slot);
    }

    /** A quality or competence at a point: {@code YEUNUOC, CN}. */
    public static LevelColumn quality(String code, String point) {
        return new LevelColumn(Area.QUALITY, Area.NO_ITEM, ColumnLayout.quality(code, point));
    }

    /** The subject the column belongs to; null for a quality or competence (not one subject). */
    public String subject() {
        return area == Area.SUBJECT ? item : null;
    }

    /** The stored levels, best first: T, H, C; T, Đ, C; or Đ, CĐ. */
    public List<String> levels() {
        if (area == Area.QUALITY) {
            return List.of("T", "Đ", "C");
        }
        return slot.endsWith(".MUC") ? List.of("T", "H", "C") : List.of("Đ", "CĐ");
    }

    /** The message key naming a stored level: "Hoàn thành tốt", "Đạt", "Cần cố gắng"… */
    public String levelKey(String level) {
        if (area == Area.QUALITY) {
            return "tt27.qualityLevel." + ("Đ".equals(level) ? "d" : level.toLowerCase(Locale.ROOT));
        }
        if (slot.endsWith(".MUC")) {
            return "tt27.subjectLevel." + level.toLowerCase(Locale.ROOT);
        }
        return "Đ".equals(level) ? "comment.dat" : "comment.chuaDat";
    }

    /** The column as the Excel files head it: "CN Mức", "HK1 GK", "YEUNUOC CN". */
    public String header() {
        return slot.replace(".MUC", " Mức").replace('.', ' ');
    }
}
