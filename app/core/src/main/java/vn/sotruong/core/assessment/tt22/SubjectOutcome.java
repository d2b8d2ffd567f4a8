package vn.sotruong.core.assessment.tt22;

import java.math.BigDecimal;
import vn.sotruong.core.assessment.CommentResult;
import vn.sotruong.core.assessment.Explanation;
import vn.sotruong.core.curriculum.AssessmentForm;

/**
 * The result of one subject for a term or the year: a one-decimal average (scored subjects) or Đạt /
 * Chưa đạt (comment subjects), "chưa đủ đầu điểm" (not computed), or exempt.
 *
 * @param average the recorded (rounded) average; null unless scored and computed
 * @param numerator exact numerator of the average before rounding (null when not a computed term average)
 * @param denominator exact denominator of the average before rounding
 * @param comment the comment result; null unless a comment subject
 * @param missing required assessments not entered (a comment subject with missing entries is Chưa đạt, T6)
 */
public record SubjectOutcome(String subjectCode, AssessmentForm form, Status status, BigDecimal average,
                             BigDecimal numerator, BigDecimal denominator, CommentResult comment, int missing,
                             Explanation explanation) {

    public enum Status {
        COMPUTED,
        /** Chưa đủ đầu điểm: not computed (the denominator never shrinks). */
        INCOMPLETE,
        /** Exempt (miễn) for this term / year: left out of the Art 9 lists and counts. */
        EXEMPT
    }

    static SubjectOutcome scored(String code, BigDecimal average, BigDecimal num, BigDecimal den, int missing,
                                 Explanation why) {
        return new SubjectOutcome(code, AssessmentForm.SCORED, Status.COMPUTED, average, num, den, null, missing, why);
    }

    static SubjectOutcome comment(String code, CommentResult result, int missing, Explanation why) {
        return new SubjectOutcome(code, AssessmentForm.COMMENT, Status.COMPUTED, null, null, null, result, missing, why);
    }

    static SubjectOutcome incomplete(String code, AssessmentForm form, int missing, Explanation why) {
        return new SubjectOutcome(code, form, Status.INCOMPLETE, null, null, null, null, missing, why);
    }

    static SubjectOutcome exempt(String code, AssessmentForm form) {
        return new SubjectOutcome(code, form, Status.EXEMPT, null, null, null, null, 0,
                Explanation.of("tt22.subject.exempt"));
    }

    public boolean computed() {
        return status == Status.COMPUTED;
    }

    public boolean scored() {
        return form == AssessmentForm.SCORED;
    }

    /** The value as the registers show it: "7.7", "Đ", "CĐ", or blank. */
    public String display() {
        if (status != Status.COMPUTED) {
            return "";
        }
        return scored() ? average.toPlainString() : comment.symbol();
    }
}
