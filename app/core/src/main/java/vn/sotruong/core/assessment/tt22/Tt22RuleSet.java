package vn.sotruong.core.assessment.tt22;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import vn.sotruong.core.assessment.AssessmentRuleSet;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.curriculum.AssessmentForm;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.school.SchoolLevel;

/**
 * Circular 22/2021/TT-BGDĐT (THCS, grades 6–9) with a school year's {@link Tt22Settings}.
 * Roadmap (Art 21): grade 6 from 2021–22, 7 from 2022–23, 8 from 2023–24, 9 from 2024–25.
 */
public final class Tt22RuleSet implements AssessmentRuleSet {
    public static final String ID = "TT22-2021";
    private final Tt22Settings settings;

    public Tt22RuleSet(Tt22Settings settings) {
        this.settings = settings;
    }

    public static Tt22RuleSet withDefaults() {
        return new Tt22RuleSet(Tt22Settings.defaults());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SchoolLevel level() {
        return SchoolLevel.THCS;
    }

    @Override
    public OptionalInt firstYearStart(int grade) {
        return grade >= 6 && grade <= 9 ? OptionalInt.of(2021 + grade - 6) : OptionalInt.empty();
    }

    public Tt22Settings settings() {
        return settings;
    }

    /** Regular assessments (ĐĐGtx or comment "lần") to record per term for a subject in a grade (Art 6). */
    public int regularAssessments(Subject subject, int grade) {
        Integer periods = subject.periodsPerGrade().get(grade);
        if (periods == null) {
            throw new DomainException("assessment.subjectNotInGrade", subject.code(), grade);
        }
        return subject.form() == AssessmentForm.SCORED ? Tt22Averages.regularCount(periods) : Tt22Averages.COMMENT_REGULAR;
    }

    /** One subject's HK I, HK II and year results. */
    public SubjectResult subjectResult(SubjectMarks m, int grade) {
        String code = m.code();
        if (m.subject().form() == AssessmentForm.SCORED) {
            int n = regularAssessments(m.subject(), grade);
            SubjectOutcome h1 = Tt22Averages.termAverage(code, scored(m.hk1(), code), n, settings);
            SubjectOutcome h2 = Tt22Averages.termAverage(code, scored(m.hk2(), code), n, settings);
            return new SubjectResult(code, h1, h2, Tt22Averages.yearAverage(code, h1, h2, settings));
        }
        regularAssessments(m.subject(), grade);
        SubjectOutcome h1 = Tt22Averages.commentTerm(code, comment(m.hk1(), code));
        SubjectOutcome h2 = Tt22Averages.commentTerm(code, comment(m.hk2(), code));
        return new SubjectResult(code, h1, h2, Tt22Averages.commentYear(code, h1, h2, settings));
    }

    /** The whole year of one student: subjects, learning and conduct, promotion and award. */
    public StudentYearResult evaluate(StudentYear y) {
        if (!level().hasGrade(y.grade())) {
            throw new DomainException("class.gradeInvalid", y.grade());
        }
        List<SubjectResult> subjects = new ArrayList<>();
        for (SubjectMarks m : y.subjects()) {
            subjects.add(subjectResult(m, y.grade()));
        }
        List<SubjectOutcome> hk1 = subjects.stream().map(SubjectResult::hk1).toList();
        List<SubjectOutcome> hk2 = subjects.stream().map(SubjectResult::hk2).toList();
        List<SubjectOutcome> year = subjects.stream().map(SubjectResult::year).toList();
        LearningResult l1 = Tt22Learning.classify(hk1, settings);
        LearningResult l2 = Tt22Learning.classify(hk2, settings);
        LearningResult ly = Tt22Learning.classify(year, settings);
        ConductResult conduct = Tt22Conduct.yearResult(y.conductHk1(), y.conductHk2());
        PromotionResult promotion = Tt22Promotion.decide(y.grade(), year, ly, conduct, y.absences(), y.summerConduct(),
                y.reassessments(), settings);
        AwardResult award = Tt22Awards.award(year, ly, conduct);
        return new StudentYearResult(ID, subjects, l1, l2, ly, conduct, promotion, award);
    }

    private static ScoredTerm scored(TermMarks t, String code) {
        if (t instanceof ScoredTerm s) {
            return s;
        }
        throw new DomainException("assessment.wrongForm", code);
    }

    private static CommentTerm comment(TermMarks t, String code) {
        if (t instanceof CommentTerm c) {
            return c;
        }
        throw new DomainException("assessment.wrongForm", code);
    }
}
