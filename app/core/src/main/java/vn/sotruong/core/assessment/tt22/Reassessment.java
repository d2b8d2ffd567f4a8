package vn.sotruong.core.assessment.tt22;

import vn.sotruong.core.assessment.CommentResult;
import vn.sotruong.core.assessment.Score;

/** Result of a summer re-assessment of one subject (Art 14): a score or Đạt / Chưa đạt. */
public record Reassessment(Score score, CommentResult comment) {
    public Reassessment {
        if ((score == null) == (comment == null)) {
            throw new IllegalArgumentException("a re-assessment is either a score or a comment result");
        }
    }

    public static Reassessment scored(Score s) {
        return new Reassessment(s, null);
    }

    public static Reassessment comment(CommentResult c) {
        return new Reassessment(null, c);
    }

    /** "6,5" → a score; "Đ" / "CĐ" / "Đạt" / "Chưa đạt" → a comment result. */
    public static Reassessment parse(String text) {
        return CommentResult.tryParse(text).map(Reassessment::comment).orElseGet(() -> scored(Score.parse(text)));
    }
}
