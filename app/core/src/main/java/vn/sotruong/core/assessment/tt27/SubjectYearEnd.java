package vn.sotruong.core.assessment.tt27;

import vn.sotruong.core.assessment.Score;

/**
 * A subject's end-of-year entry: the level (null = not entered) and the cuối năm periodic test score
 * (null = not entered or the subject has no test). Also used for a supplementary assessment (Art 11),
 * where a null part keeps the earlier value and a re-taken test replaces the score ("the last test").
 */
public record SubjectYearEnd(String code, SubjectLevel level, Score test) {
    public static SubjectYearEnd of(String code, String level, String test) {
        return new SubjectYearEnd(code, level == null || level.isBlank() ? null : SubjectLevel.parse(level),
                test == null || test.isBlank() ? null : Score.parse(test));
    }
}
