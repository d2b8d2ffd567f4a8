package vn.sotruong.core.assessment.tt22;

import java.util.List;
import java.util.Optional;

/** Everything computed for one student and year, each part with its explanation. */
public record StudentYearResult(String ruleSetId, List<SubjectResult> subjects, LearningResult learningHk1,
                                LearningResult learningHk2, LearningResult learningYear, ConductResult conductYear,
                                PromotionResult promotion, AwardResult award) {
    public StudentYearResult {
        subjects = List.copyOf(subjects);
    }

    public Optional<SubjectResult> subject(String code) {
        return subjects.stream().filter(s -> s.subjectCode().equals(code)).findFirst();
    }
}
