package vn.sotruong.core.assessment.tt22;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.assessment.CommentResult;

/** RULES.md §8 worked examples T1, T3, T6, T7, T8, each through {@link Tt22RuleSet} as production uses it. */
class Tt22WorkedExamplesTest {
    private final Tt22RuleSet rules = Tt22RuleSet.withDefaults();

    private SubjectResult subject(String code, ScoredTerm hk1, ScoredTerm hk2) {
        return rules.subjectResult(new SubjectMarks(WorkedExamples.subject(code), hk1, hk2), WorkedExamples.GRADE);
    }

    @Test
    void t1ToanFourRegularScores() {
        SubjectResult r = subject("TOAN", ScoredTerm.parse("8;7;9;6,5", "7,5", "8,0"), ScoredTerm.parse("", "", ""));
        assertThat(r.hk1().average()).isEqualByComparingTo("7.7");
        assertThat(r.hk1().numerator()).isEqualByComparingTo("69.5");
        assertThat(r.hk1().denominator()).isEqualByComparingTo("9");
        assertThat(r.hk1().explanation().code()).isEqualTo("tt22.average.term");
        assertThat(r.hk2().status()).isEqualTo(SubjectOutcome.Status.INCOMPLETE);
        assertThat(r.year().status()).isEqualTo(SubjectOutcome.Status.INCOMPLETE);
    }

    @Test
    void t3GdcdTwoRegularScores() {
        SubjectResult r = subject("GDCD", ScoredTerm.parse("7;8", "6,0", "7,0"), ScoredTerm.parse("7;8", "6,0", "7,0"));
        assertThat(r.hk1().average()).isEqualByComparingTo("6.9");
        assertThat(r.hk1().numerator()).isEqualByComparingTo("48");
        assertThat(r.hk1().denominator()).isEqualByComparingTo("7");
    }

    @ParameterizedTest(name = "T6 Âm nhạc HK I {0} | {1} | {2}; HK II {3} | {4} | {5} → {6} / {7} / year {8}")
    @CsvSource(delimiter = '|', textBlock = """
            Đ;Đ | Đ | Đ | Đ;CĐ | Đ | Đ | DAT      | CHUA_DAT | CHUA_DAT
            CĐ;Đ | Đ | Đ | Đ;Đ | Đ | Đ | CHUA_DAT | DAT      | DAT
            Đ;Đ | Đ | Đ | Đ;Đ | Đ |   | DAT      | CHUA_DAT | CHUA_DAT
            """)
    void t6CommentSubject(String tx1, String gk1, String ck1, String tx2, String gk2, String ck2,
                          CommentResult hk1, CommentResult hk2, CommentResult year) {
        SubjectResult r = rules.subjectResult(new SubjectMarks(WorkedExamples.subject("AMNHAC"),
                CommentTerm.parse(tx1, gk1, ck1), CommentTerm.parse(tx2, gk2, ck2)), WorkedExamples.GRADE);
        assertThat(r.hk1().comment()).isEqualTo(hk1);
        assertThat(r.hk2().comment()).isEqualTo(hk2);
        assertThat(r.year().comment()).isEqualTo(year);
        assertThat(r.year().explanation().code()).isEqualTo("tt22.comment.year");
    }

    @ParameterizedTest(name = "T7 {0}: HK I {4}, HK II {8}, year {9}")
    @CsvFileSource(resources = "t7-student-a.csv", delimiter = '|')
    void t7EachSubjectThroughTheFullYear(String code, String tx1, String gk1, String ck1, BigDecimal hk1,
                                         String tx2, String gk2, String ck2, BigDecimal hk2, BigDecimal year) {
        StudentYearResult r = rules.evaluate(StudentYear.of(WorkedExamples.GRADE, WorkedExamples.studentA(),
                Level.KHA, Level.TOT, 3));
        SubjectResult s = r.subject(code).orElseThrow();
        assertThat(s.hk1().average()).isEqualByComparingTo(hk1);
        assertThat(s.hk2().average()).isEqualByComparingTo(hk2);
        assertThat(s.year().average()).isEqualByComparingTo(year);
        assertThat(s.year().average().scale()).isEqualTo(1);
    }

    @Test
    void t7StudentAIsTotPromotedAndXuatSac() {
        StudentYearResult r = rules.evaluate(StudentYear.of(WorkedExamples.GRADE, WorkedExamples.studentA(),
                Level.KHA, Level.TOT, 3));
        assertThat(r.ruleSetId()).isEqualTo("TT22-2021");
        assertThat(List.of(r.learningHk1().level(), r.learningHk2().level(), r.learningYear().level()))
                .containsOnly(Level.TOT);
        assertThat(r.learningYear().explanation().code()).isEqualTo("tt22.learning.tot");
        assertThat(r.learningYear().explanation().args().get(1)).isEqualTo(8);
        assertThat(r.conductYear().level()).isEqualTo(Level.TOT);
        assertThat(r.promotion().outcome()).isEqualTo(Outcome.PROMOTED);
        assertThat(r.award().award()).isEqualTo(Award.XUAT_SAC);
        assertThat(r.award().explanation().args().get(0)).isEqualTo(6);
        assertThat(r.subject("GDTC").orElseThrow().year().comment()).isEqualTo(CommentResult.DAT);
    }

    @Test
    void t8StudentBIsGioi() {
        StudentYearResult r = rules.evaluate(StudentYear.of(WorkedExamples.GRADE, WorkedExamples.studentB(),
                Level.TOT, Level.TOT, 0));
        SubjectResult tin = r.subject("TINHOC").orElseThrow();
        assertThat(tin.hk2().average()).isEqualByComparingTo("8.5");
        assertThat(tin.year().average()).isEqualByComparingTo("8.8");
        assertThat(r.learningYear().level()).isEqualTo(Level.TOT);
        assertThat(r.conductYear().level()).isEqualTo(Level.TOT);
        assertThat(r.award().award()).isEqualTo(Award.GIOI);
        assertThat(r.award().explanation().args()).containsExactly(5, 6);
        assertThat(r.promotion().outcome()).isEqualTo(Outcome.PROMOTED);
    }
}
