package vn.sotruong.core.assessment.tt22;

import java.util.List;
import vn.sotruong.core.assessment.Explanation;

/**
 * The end-of-year decision (Arts 12–14).
 *
 * @param reassessSubjects subjects to re-assess in the summer (year ĐTBmcn &lt; 5,0 or comment Chưa đạt)
 * @param finalConduct year conduct after summer training (or the year conduct); null if incomplete
 * @param learningAfterReassessment year learning re-decided with the re-assessed subjects, or null
 * @param completesLowerSecondary grade 9 and promoted: công nhận hoàn thành chương trình THCS
 */
public record PromotionResult(Outcome outcome, List<String> reassessSubjects, Level finalConduct,
                              LearningResult learningAfterReassessment, boolean completesLowerSecondary,
                              Explanation explanation) {
    public PromotionResult {
        reassessSubjects = List.copyOf(reassessSubjects);
    }
}
