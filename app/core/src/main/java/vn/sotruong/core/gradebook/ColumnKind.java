package vn.sotruong.core.gradebook;

import java.util.Locale;
import vn.sotruong.core.assessment.CommentResult;
import vn.sotruong.core.assessment.Score;
import vn.sotruong.core.assessment.tt22.Level;
import vn.sotruong.core.assessment.tt22.Reassessment;
import vn.sotruong.core.assessment.tt27.QualityLevel;
import vn.sotruong.core.assessment.tt27.SubjectLevel;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.VietnameseText;

/**
 * What a column holds and how typed text becomes a stored value. Wrong text is refused with the
 * rule's own code ({@code score.outOfRange}, {@code comment.invalid}, …); blank text means "not entered".
 */
public enum ColumnKind {
    /** A score on the 10-point scale, at most one decimal (Circular 22 ĐĐG). */
    SCORE,
    /** A periodic test score of Circular 27: a whole number 0–10 unless the year's settings allow decimals. */
    TEST,
    /** Đ / CĐ of a subject assessed by comment. */
    COMMENT,
    /** Tốt / Khá / Đạt / Chưa đạt of conduct (rèn luyện). */
    CONDUCT,
    /** T / H / C of a tiểu học subject. */
    SUBJECT_LEVEL,
    /** T / Đ / C of a quality or competence. */
    QUALITY,
    /** A summer re-assessment: a score or Đ / CĐ. */
    REASSESSMENT,
    /** Miễn (the whole subject, for the term) or Miễn TH (the practical part of GDTC, Art 10). */
    EXEMPTION,
    /** Nhận xét: free text. */
    REMARK;

    public static final int REMARK_MAX = 2000;
    public static final String EXEMPT_WHOLE = "MIEN";
    public static final String EXEMPT_PRACTICAL = "TH";
    /** The stored conduct codes, which may also be typed: T, K, Đ, CĐ. */
    private static final java.util.Set<String> CONDUCT_CODES = java.util.Set.of("T", "K", "Đ", "CĐ");

    /** The stored value of {@code text}; {@link EntryValue#EMPTY} for blank text. */
    public EntryValue parse(String text, boolean wholeTestScores) {
        String t = text == null ? "" : VietnameseText.nfc(text).strip();
        if (t.isEmpty()) {
            return EntryValue.EMPTY;
        }
        return switch (this) {
            case SCORE -> EntryValue.score(Score.parse(t).value());
            case TEST -> EntryValue.score((wholeTestScores ? Score.parse(t).requireWhole() : Score.parse(t)).value());
            case COMMENT -> EntryValue.mark(CommentResult.parse(t).symbol());
            case CONDUCT -> EntryValue.mark(conductCode(CONDUCT_CODES.contains(t.toUpperCase(Locale.ROOT))
                    ? conductLevel(t.toUpperCase(Locale.ROOT)) : Level.parse(t)));
            case SUBJECT_LEVEL -> EntryValue.mark(SubjectLevel.parse(t).name());
            case QUALITY -> EntryValue.mark(qualityCode(QualityLevel.parse(t)));
            case REASSESSMENT -> reassessment(t);
            case EXEMPTION -> EntryValue.mark(exemption(t));
            case REMARK -> {
                if (t.length() > REMARK_MAX) {
                    throw new DomainException("gradebook.remarkTooLong", REMARK_MAX);
                }
                yield EntryValue.remark(t);
            }
        };
    }

    private static EntryValue reassessment(String t) {
        Reassessment r = Reassessment.parse(t);
        return r.score() != null ? EntryValue.score(r.score().value()) : EntryValue.mark(r.comment().symbol());
    }

    private static String exemption(String t) {
        String k = VietnameseText.searchKey(t).replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return switch (k) {
            case "M", "MIEN", "X" -> EXEMPT_WHOLE;
            case "TH", "MIEN TH", "MIEN THUC HANH" -> EXEMPT_PRACTICAL;
            default -> throw new DomainException("gradebook.exemption.invalid", t);
        };
    }

    /** Stored code of a conduct level: T, K, Đ, CĐ. */
    public static String conductCode(Level l) {
        return switch (l) {
            case TOT -> "T";
            case KHA -> "K";
            case DAT -> "Đ";
            case CHUA_DAT -> "CĐ";
        };
    }

    public static Level conductLevel(String code) {
        return switch (code) {
            case "T" -> Level.TOT;
            case "K" -> Level.KHA;
            case "Đ" -> Level.DAT;
            case "CĐ" -> Level.CHUA_DAT;
            default -> throw new IllegalStateException("stored conduct code " + code);
        };
    }

    public static String qualityCode(QualityLevel q) {
        return q == QualityLevel.D ? "Đ" : q.name();
    }

    public static QualityLevel qualityLevel(String code) {
        return "Đ".equals(code) ? QualityLevel.D : QualityLevel.valueOf(code);
    }
}
