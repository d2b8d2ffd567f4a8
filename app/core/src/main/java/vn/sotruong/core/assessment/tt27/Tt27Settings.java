package vn.sotruong.core.assessment.tt27;

/**
 * The school-year settings of the Circular 27 rules (RULES.md §2; docs/decisions/0008-assessment-rules.md).
 *
 * @param wholeNumberTestScores periodic test scores are whole numbers 0–10 ("không cho điểm thập
 *        phân", §2.1 [R]/NOT FOUND); default true
 * @param httRequiresAllQualitiesTot "Hoàn thành tốt" needs every quality and competence Tốt (legal text
 *        [E]; a secondary table allows T or Đ, §2.2); default true
 */
public record Tt27Settings(boolean wholeNumberTestScores, boolean httRequiresAllQualitiesTot) {
    public static Tt27Settings defaults() {
        return new Tt27Settings(true, true);
    }
}
