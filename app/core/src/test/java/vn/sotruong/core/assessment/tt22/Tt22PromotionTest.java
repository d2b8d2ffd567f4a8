package vn.sotruong.core.assessment.tt22;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.assessment.CommentResult;
import vn.sotruong.core.assessment.Score;
import vn.sotruong.core.common.DomainException;

/** Arts 12–15 on student A of T7 with changes, through {@link Tt22RuleSet#evaluate}. */
class Tt22PromotionTest {
    private final Tt22RuleSet rules = Tt22RuleSet.withDefaults();

    /** Student A with Toán at 4,0 everywhere in both terms → year learning Đạt→… and Toán below 5,0. */
    private static List<SubjectMarks> weakIn(String code, String score) {
        ScoredTerm t = ScoredTerm.parse(score + ";" + score + ";" + score + ";" + score, score, score);
        return WorkedExamples.replace(WorkedExamples.studentA(), code, t, t);
    }

    private static List<SubjectMarks> failing() {
        // Toán 3,0 and Ngữ văn 3,0: two subjects below 3,5 → Chưa đạt, no cl.3 adjustment
        return WorkedExamples.replace(weakIn("TOAN", "3"), "NGUVAN",
                ScoredTerm.parse("3;3;3;3", "3", "3"), ScoredTerm.parse("3;3;3;3", "3", "3"));
    }

    @ParameterizedTest(name = "{0} buổi absent → {1}")
    @CsvSource({"0,PROMOTED", "45,PROMOTED", "46,NOT_PROMOTED", "120,NOT_PROMOTED"})
    void absences(int absences, Outcome outcome) {
        StudentYearResult r = rules.evaluate(StudentYear.of(6, WorkedExamples.studentA(), Level.TOT, Level.TOT, absences));
        assertThat(r.promotion().outcome()).isEqualTo(outcome);
        assertThat(r.promotion().explanation().code())
                .isEqualTo(absences > 45 ? "tt22.promotion.absences" : "tt22.promotion.promoted");
        assertThat(r.award().award()).isEqualTo(Award.XUAT_SAC); // awards do not look at absences
    }

    @Test
    void gradeNinePromotedCompletesLowerSecondary() {
        List<SubjectMarks> grade9 = WorkedExamples.replace(WorkedExamples.studentA(), "CONGNGHE",
                ScoredTerm.parse("8;9;9", "8,5", "8,0"), ScoredTerm.parse("9;8;9", "8,5", "8,5"));
        StudentYearResult r = rules.evaluate(StudentYear.of(9, grade9, Level.TOT, Level.TOT, 0));
        assertThat(r.promotion().outcome()).isEqualTo(Outcome.PROMOTED);
        assertThat(r.promotion().completesLowerSecondary()).isTrue();
    }

    @Test
    void conductChuaDatGoesToSummerTrainingThenIsRedecided() {
        StudentYear y = StudentYear.of(6, WorkedExamples.studentA(), Level.TOT, Level.CHUA_DAT, 0);
        StudentYearResult r = rules.evaluate(y);
        assertThat(r.conductYear().level()).isEqualTo(Level.CHUA_DAT);
        assertThat(r.promotion().outcome()).isEqualTo(Outcome.SUMMER_TRAINING);
        assertThat(r.award().award()).isEqualTo(Award.NONE);
        assertThat(rules.evaluate(y.withSummerConduct(Level.DAT)).promotion().outcome()).isEqualTo(Outcome.PROMOTED);
        assertThat(rules.evaluate(y.withSummerConduct(Level.DAT)).promotion().finalConduct()).isEqualTo(Level.DAT);
        assertThat(rules.evaluate(y.withSummerConduct(Level.CHUA_DAT)).promotion().outcome()).isEqualTo(Outcome.NOT_PROMOTED);
    }

    @Test
    void learningChuaDatGoesToReassessmentOfTheSubjectsBelowFiveThenIsRedecided() {
        StudentYear y = StudentYear.of(6, failing(), Level.KHA, Level.KHA, 2);
        StudentYearResult r = rules.evaluate(y);
        assertThat(r.learningYear().level()).isEqualTo(Level.CHUA_DAT);
        assertThat(r.promotion().outcome()).isEqualTo(Outcome.REASSESSMENT);
        assertThat(r.promotion().reassessSubjects()).containsExactlyInAnyOrder("NGUVAN", "TOAN");
        StudentYear half = y.withReassessment("TOAN", Reassessment.parse("5,5"));
        assertThat(rules.evaluate(half).promotion().outcome()).isEqualTo(Outcome.REASSESSMENT);
        // one re-assessed subject need not reach 5,0: the year list only has to give ≥ Đạt
        StudentYearResult after = rules.evaluate(half.withReassessment("NGUVAN", Reassessment.parse("4,0")));
        assertThat(after.promotion().outcome()).isEqualTo(Outcome.PROMOTED);
        assertThat(after.promotion().learningAfterReassessment().level()).isEqualTo(Level.DAT);
        // Toán 5,5 and Ngữ văn 3,0: only Ngữ văn keeps it from Khá → cl.3 lifts Chưa đạt to Đạt
        StudentYearResult lifted = rules.evaluate(half.withReassessment("NGUVAN", Reassessment.parse("3,0")));
        assertThat(lifted.promotion().learningAfterReassessment().adjustedFor()).isEqualTo("NGUVAN");
        assertThat(lifted.promotion().outcome()).isEqualTo(Outcome.PROMOTED);
        StudentYearResult failed = rules.evaluate(y.withReassessment("TOAN", Reassessment.parse("4,0"))
                .withReassessment("NGUVAN", Reassessment.parse("3,0")));
        assertThat(failed.promotion().outcome()).isEqualTo(Outcome.NOT_PROMOTED);
        assertThat(failed.promotion().explanation().code()).isEqualTo("tt22.promotion.failedReassessment");
    }

    @Test
    void commentSubjectChuaDatIsReassessedWithDatOrChuaDat() {
        List<SubjectMarks> m = WorkedExamples.replace(failing(), "GDTC", null, CommentTerm.parse("Đ;CĐ", "Đ", "Đ"));
        StudentYear y = StudentYear.of(6, m, Level.DAT, Level.DAT, 0);
        assertThat(rules.evaluate(y).promotion().reassessSubjects()).containsExactlyInAnyOrder("NGUVAN", "TOAN", "GDTC");
        StudentYearResult r = rules.evaluate(y.withReassessment("TOAN", Reassessment.scored(Score.of("6")))
                .withReassessment("NGUVAN", Reassessment.scored(Score.of("5")))
                .withReassessment("GDTC", Reassessment.comment(CommentResult.DAT)));
        assertThat(r.promotion().outcome()).isEqualTo(Outcome.PROMOTED);
    }

    @Test
    void bothChuaDatIsNotPromotedWhenArt14IsReadLiterally() {
        StudentYear y = StudentYear.of(6, failing(), Level.CHUA_DAT, Level.CHUA_DAT, 0);
        StudentYearResult r = rules.evaluate(y);
        assertThat(r.promotion().outcome()).isEqualTo(Outcome.NOT_PROMOTED);
        assertThat(r.promotion().explanation().code()).isEqualTo("tt22.promotion.bothChuaDat");
        Tt22RuleSet lenient = new Tt22RuleSet(Tt22Settings.defaults().withArt14Literal(false));
        assertThat(lenient.evaluate(y).promotion().outcome()).isEqualTo(Outcome.SUMMER_TRAINING_THEN_REASSESSMENT);
        StudentYear trained = y.withSummerConduct(Level.DAT);
        assertThat(lenient.evaluate(trained).promotion().outcome()).isEqualTo(Outcome.REASSESSMENT);
        assertThat(lenient.evaluate(trained.withReassessment("TOAN", Reassessment.parse("5"))
                .withReassessment("NGUVAN", Reassessment.parse("5"))).promotion().outcome()).isEqualTo(Outcome.PROMOTED);
    }

    @Test
    void reassessmentOfASubjectNotBelowFiveIsRefused() {
        StudentYear y = StudentYear.of(6, failing(), Level.KHA, Level.KHA, 0).withReassessment("TINHOC", Reassessment.parse("9"));
        assertThatThrownBy(() -> rules.evaluate(y)).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("tt22.reassessment.notEligible");
    }

    @Test
    void missingScoreOrConductMakesTheYearIncomplete() {
        List<SubjectMarks> m = WorkedExamples.replace(WorkedExamples.studentA(), "TOAN", null, ScoredTerm.parse("10;9;9,5", "9,5", "9,0"));
        StudentYearResult r = rules.evaluate(StudentYear.of(6, m, Level.TOT, Level.TOT, 0));
        assertThat(r.learningHk1().level()).isEqualTo(Level.TOT);
        assertThat(r.learningHk2().complete()).isFalse();
        assertThat(r.promotion().outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(r.award().award()).isEqualTo(Award.NONE);
        assertThat(rules.evaluate(StudentYear.of(6, WorkedExamples.studentA(), Level.TOT, null, 0)).promotion().outcome())
                .isEqualTo(Outcome.INCOMPLETE);
    }

    @ParameterizedTest(name = "conduct {0}, Toán {1} → award {2}")
    @CsvSource({"Tốt,9,XUAT_SAC", "Khá,9,NONE", "Tốt,4,NONE", "Tốt,7,GIOI"})
    void awards(String conduct, String toan, Award award) {
        List<SubjectMarks> m = toan.equals("9") ? WorkedExamples.studentA() : weakIn("TOAN", toan);
        StudentYearResult r = rules.evaluate(StudentYear.of(6, m, Level.parse(conduct), Level.parse(conduct), 0));
        assertThat(r.award().award()).isEqualTo(award);
    }
}
