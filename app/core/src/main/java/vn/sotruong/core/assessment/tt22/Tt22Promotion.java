package vn.sotruong.core.assessment.tt22;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.CommentResult;
import vn.sotruong.core.assessment.Explanation;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.curriculum.AssessmentForm;

/**
 * Arts 12–14: promotion (year conduct ≥ Đạt, year learning ≥ Đạt, at most 45 buổi absent), summer
 * conduct training for year conduct Chưa đạt, summer re-assessment of the subjects with ĐTBmcn &lt; 5,0
 * or Chưa đạt for year learning Chưa đạt with conduct ≥ Đạt; afterwards the year is re-decided.
 */
public final class Tt22Promotion {
    private Tt22Promotion() {
    }

    /**
     * @param grade 6–9
     * @param year the subjects' year results
     * @param summerConduct year conduct re-assessed after summer training (Art 13), or null
     * @param reassessments re-assessment results by subject code (Art 14), possibly empty
     */
    public static PromotionResult decide(int grade, List<SubjectOutcome> year, LearningResult learning,
                                         ConductResult conduct, int absences, Level summerConduct,
                                         Map<String, Reassessment> reassessments, Tt22Settings s) {
        if (absences < 0) {
            throw new DomainException("assessment.absencesInvalid", absences);
        }
        if (!learning.complete() || !conduct.complete()) {
            return result(Outcome.INCOMPLETE, List.of(), null, null, grade, Explanation.of("tt22.promotion.incomplete"));
        }
        List<String> eligible = eligibleForReassessment(year);
        if (summerConduct != null && conduct.level().atLeast(Level.DAT)) {
            throw new DomainException("tt22.summerTraining.notEligible", Explanation.label(conduct.level().labelKey()));
        }
        boolean learningOk = learning.level().atLeast(Level.DAT);
        for (String code : reassessments.keySet()) {
            if (learningOk || !eligible.contains(code)) {
                throw new DomainException("tt22.reassessment.notEligible", code);
            }
        }
        if (absences > s.maxAbsences()) {
            return result(Outcome.NOT_PROMOTED, List.of(), conduct.level(), null, grade,
                    Explanation.of("tt22.promotion.absences", absences, s.maxAbsences()));
        }
        Level finalConduct = conduct.level();
        if (!finalConduct.atLeast(Level.DAT)) {
            if (!learningOk && s.art14Literal()) {
                return result(Outcome.NOT_PROMOTED, List.of(), finalConduct, null, grade,
                        Explanation.of("tt22.promotion.bothChuaDat"));
            }
            if (summerConduct == null) {
                return learningOk
                        ? result(Outcome.SUMMER_TRAINING, List.of(), finalConduct, null, grade,
                                Explanation.of("tt22.promotion.summerTraining"))
                        : result(Outcome.SUMMER_TRAINING_THEN_REASSESSMENT, eligible, finalConduct, null, grade,
                                Explanation.of("tt22.promotion.summerTrainingThenReassessment", String.join(", ", eligible)));
            }
            finalConduct = summerConduct;
            if (!finalConduct.atLeast(Level.DAT)) {
                return result(Outcome.NOT_PROMOTED, List.of(), finalConduct, null, grade,
                        Explanation.of("tt22.promotion.failedSummerTraining", Explanation.label(finalConduct.labelKey())));
            }
        }
        if (learningOk) {
            return result(Outcome.PROMOTED, List.of(), finalConduct, null, grade, Explanation.of("tt22.promotion.promoted",
                    Explanation.label(finalConduct.labelKey()), Explanation.label(learning.level().labelKey()),
                    absences, s.maxAbsences()));
        }
        if (!eligible.stream().allMatch(reassessments::containsKey)) {
            List<String> pending = eligible.stream().filter(c -> !reassessments.containsKey(c)).toList();
            return result(Outcome.REASSESSMENT, eligible, finalConduct, null, grade,
                    Explanation.of("tt22.promotion.reassessment", String.join(", ", pending)));
        }
        List<SubjectOutcome> replaced = new ArrayList<>();
        for (SubjectOutcome o : year) {
            Reassessment r = reassessments.get(o.subjectCode());
            replaced.add(r == null ? o : replace(o, r, s));
        }
        LearningResult after = Tt22Learning.classify(replaced, s);
        if (after.level().atLeast(Level.DAT)) {
            return new PromotionResult(Outcome.PROMOTED, eligible, finalConduct, after, grade == 9,
                    Explanation.of("tt22.promotion.promotedAfterReassessment", Explanation.label(after.level().labelKey()),
                            Explanation.label(finalConduct.labelKey()), absences, s.maxAbsences()));
        }
        return new PromotionResult(Outcome.NOT_PROMOTED, eligible, finalConduct, after, false,
                Explanation.of("tt22.promotion.failedReassessment", Explanation.label(after.level().labelKey())));
    }

    /** Art 14: comment subjects Chưa đạt for the year, scored subjects with ĐTBmcn below 5,0. */
    public static List<String> eligibleForReassessment(List<SubjectOutcome> year) {
        return year.stream().filter(SubjectOutcome::computed)
                .filter(o -> o.scored() ? o.average().compareTo(Tt22Learning.T5_0) < 0 : o.comment() == CommentResult.CHUA_DAT)
                .map(SubjectOutcome::subjectCode).toList();
    }

    private static SubjectOutcome replace(SubjectOutcome o, Reassessment r, Tt22Settings s) {
        if (o.form() == AssessmentForm.SCORED) {
            if (r.score() == null) {
                throw new DomainException("tt22.reassessment.wrongForm", o.subjectCode());
            }
            if (s.reassessmentWholeNumbersOnly()) {
                r.score().requireWhole();
            }
            return SubjectOutcome.scored(o.subjectCode(), r.score().value(), null, null, 0,
                    Explanation.of("tt22.reassessment.replaced", r.score().value()));
        }
        if (r.comment() == null) {
            throw new DomainException("tt22.reassessment.wrongForm", o.subjectCode());
        }
        return SubjectOutcome.comment(o.subjectCode(), r.comment(), 0,
                Explanation.of("tt22.reassessment.replaced", Explanation.label(r.comment().labelKey())));
    }

    private static PromotionResult result(Outcome outcome, List<String> subjects, Level conduct, LearningResult after,
                                          int grade, Explanation why) {
        return new PromotionResult(outcome, subjects, conduct, after, grade == 9 && outcome == Outcome.PROMOTED, why);
    }
}
