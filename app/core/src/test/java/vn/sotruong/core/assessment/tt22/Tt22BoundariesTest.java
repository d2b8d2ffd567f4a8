package vn.sotruong.core.assessment.tt22;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.assessment.CommentResult;
import vn.sotruong.core.assessment.Explanation;
import vn.sotruong.core.common.DomainException;

/** Boundary tables for Circular 22: ĐĐGtx counts, rounding, missing scores, Art 9 thresholds and cl.3, Art 8 table. */
class Tt22BoundariesTest {
    private static final Tt22Settings S = Tt22Settings.defaults();

    @ParameterizedTest(name = "{0} periods/year → {1} ĐĐGtx")
    @CsvSource({"35,2", "36,3", "52,3", "70,3", "71,4", "105,4", "140,4"})
    void regularCountFromPeriods(int periods, int n) {
        assertThat(Tt22Averages.regularCount(periods)).isEqualTo(n);
    }

    @ParameterizedTest(name = "grade {1} {0} → {2} regular assessments")
    @CsvSource({"TOAN,6,4", "GDCD,7,2", "CONGNGHE,7,2", "CONGNGHE,8,3", "NGOAINGU1,9,4", "TINHOC,6,2", "GDTC,6,2", "AMNHAC,8,2"})
    void regularCountPerSubjectAndGrade(String code, int grade, int n) {
        assertThat(Tt22RuleSet.withDefaults().regularAssessments(WorkedExamples.subject(code), grade)).isEqualTo(n);
    }

    @ParameterizedTest(name = "n={0}: TX {1}, GK {2}, CK {3} → {4}/{5} → {6}")
    @CsvSource(delimiter = '|', textBlock = """
            2 | 7;8        | 6,0 | 7,0 | 48    | 7 | 6.9
            3 | 6;6;6      | 6,3 | 7,0 | 51.6  | 8 | 6.5
            3 | 6;6;6      | 6,2 | 7,0 | 51.4  | 8 | 6.4
            3 | 8;8;8      | 8,6 | 8,0 | 65.2  | 8 | 8.2
            3 | 8;8;8      | 9,0 | 8,0 | 66.0  | 8 | 8.3
            4 | 8;7;9;6,5  | 7,5 | 8,0 | 69.5  | 9 | 7.7
            4 | 10;10;10;10| 10  | 10  | 90.0  | 9 | 10.0
            4 | 0;0;0;0    | 0   | 0   | 0     | 9 | 0.0
            4 | 5;5;5;5    | 5   | 4,9 | 44.7  | 9 | 5.0
            """)
    void termAverageWithTwoThreeFourRegularScores(int n, String tx, String gk, String ck, BigDecimal num, int den,
                                                 BigDecimal avg) {
        SubjectOutcome o = Tt22Averages.termAverage("X", ScoredTerm.parse(tx, gk, ck), n, S);
        assertThat(o.numerator()).isEqualByComparingTo(num);
        assertThat(o.denominator()).isEqualByComparingTo(BigDecimal.valueOf(den));
        assertThat(o.average()).isEqualByComparingTo(avg);
        assertThat(o.average().scale()).isEqualTo(1);
    }

    @Test
    void exactHalfRoundsUpWhereHalfEvenWouldNot() {
        // 51,6 / 8 = 6,45 exactly: half-up → 6,5 (half-even would give 6,4)
        SubjectOutcome o = Tt22Averages.termAverage("X", ScoredTerm.parse("6;6;6", "6,3", "7,0"), 3, S);
        assertThat(o.average()).isEqualByComparingTo("6.5");
        SubjectOutcome even = Tt22Averages.termAverage("X", ScoredTerm.parse("6;6;6", "6,3", "7,0"), 3,
                new Tt22Settings(java.math.RoundingMode.HALF_EVEN, true, Tt22Settings.MissingAssessment.BLOCK, true,
                        true, 45, true, false));
        assertThat(even.average()).isEqualByComparingTo("6.4");
    }

    @ParameterizedTest(name = "missing {3}: TX {0}, GK {1}, CK {2} → chưa đủ đầu điểm")
    @CsvSource(delimiter = '|', textBlock = """
            8;7;9     | 7,5 | 8,0 | TX4
            8;7;9;6,5 |     | 8,0 | GK
            8;7;9;6,5 | 7,5 |     | CK
            8         |     |     | TX2, TX3, TX4, GK, CK
            """)
    void missingAssessmentBlocksTheAverage(String tx, String gk, String ck, String missing) {
        SubjectOutcome o = Tt22Averages.termAverage("TOAN", ScoredTerm.parse(tx, gk, ck), 4, S);
        assertThat(o.status()).isEqualTo(SubjectOutcome.Status.INCOMPLETE);
        assertThat(o.average()).isNull();
        assertThat(o.explanation().code()).isEqualTo("tt22.average.incomplete");
        assertThat(o.explanation().args().get(1)).isEqualTo(missing);
        SubjectOutcome year = Tt22Averages.yearAverage("TOAN", o,
                Tt22Averages.termAverage("TOAN", ScoredTerm.parse("8;7;9;6,5", "7,5", "8,0"), 4, S), S);
        assertThat(year.status()).isEqualTo(SubjectOutcome.Status.INCOMPLETE);
    }

    @Test
    void theDenominatorNeverShrinksWhenTheSchoolCountsMissingAsZero() {
        Tt22Settings zero = S.withMissingAssessment(Tt22Settings.MissingAssessment.COUNT_AS_ZERO);
        SubjectOutcome o = Tt22Averages.termAverage("TOAN", ScoredTerm.parse("8;7;9", "7,5", "8,0"), 4, zero);
        assertThat(o.denominator()).isEqualByComparingTo("9");
        assertThat(o.average()).isEqualByComparingTo("7.0"); // 63,0 / 9
        assertThat(o.explanation().code()).isEqualTo("tt22.average.termWithZeros");
    }

    @Test
    void tooManyRegularScoresIsRefused() {
        assertThatThrownBy(() -> Tt22Averages.termAverage("GDCD", ScoredTerm.parse("7;8;9", "6", "7"), 2, S))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("assessment.tooManyRegular");
    }

    @Test
    void yearAverageFromRoundedTermsByDefaultAndFromExactTermsAsASetting() {
        SubjectOutcome h1 = Tt22Averages.termAverage("CONGNGHE", ScoredTerm.parse("8;8;8", "8,6", "8,0"), 3, S); // 8,15 → 8,2
        SubjectOutcome h2 = Tt22Averages.termAverage("CONGNGHE", ScoredTerm.parse("8;8;8", "9,0", "8,0"), 3, S); // 8,25 → 8,3
        SubjectOutcome rounded = Tt22Averages.yearAverage("CONGNGHE", h1, h2, S);
        assertThat(rounded.average()).isEqualByComparingTo("8.3"); // (8,2 + 16,6) / 3 = 8,266…
        assertThat(rounded.explanation()).isEqualTo(Explanation.of("tt22.average.year", new BigDecimal("8.2"),
                new BigDecimal("8.3"), new BigDecimal("24.8"), new BigDecimal("8.3")));
        SubjectOutcome exact = Tt22Averages.yearAverage("CONGNGHE", h1, h2, S.withYearAverageFromRoundedTerms(false));
        assertThat(exact.average()).isEqualByComparingTo("8.2"); // (8,15 + 16,5) / 3 = 8,2166…
    }

    // ---- Art 9 cl.2 thresholds and cl.3 adjustment: 8 scored averages; comment results -------------------

    @ParameterizedTest(name = "[{index}] {0} | comments {1} → base {2}, final {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            8.0;8.0;8.0;8.0;8.0;8.0;6.5;6.5 | Đ;Đ;Đ;Đ;Đ | TOT      | TOT      | exactly 6 at 8,0 and the rest at 6,5
            8.0;8.0;8.0;8.0;8.0;7.9;6.5;6.5 | Đ;Đ;Đ;Đ;Đ | KHA      | KHA      | only 5 at 8,0: one level down, not adjusted
            8.0;8.0;8.0;8.0;8.0;8.0;6.4;9.0 | Đ;Đ;Đ;Đ;Đ | KHA      | KHA      | 6,4 < 6,5: Khá
            6.5;6.5;6.5;6.5;6.5;6.5;5.0;5.0 | Đ;Đ;Đ;Đ;Đ | KHA      | KHA      | exactly 6 at 6,5 and the rest at 5,0
            6.5;6.5;6.5;6.5;6.5;6.4;5.0;5.0 | Đ;Đ;Đ;Đ;Đ | DAT      | DAT      | only 5 at 6,5
            5.0;5.0;5.0;5.0;5.0;5.0;3.5;3.5 | Đ;Đ;Đ;Đ;Đ | DAT      | DAT      | exactly 6 at 5,0, none below 3,5
            5.0;5.0;5.0;5.0;5.0;4.9;3.5;9.0 | Đ;Đ;Đ;Đ;Đ | DAT      | DAT      | 6 at ≥ 5,0 counting the 9,0
            5.0;5.0;5.0;5.0;5.0;4.9;3.5;3.5 | Đ;Đ;Đ;Đ;Đ | CHUA_DAT | CHUA_DAT | only 5 at 5,0 (two subjects short: not adjusted)
            5.0;5.0;5.0;5.0;5.0;5.0;3.4;5.0 | Đ;Đ;Đ;Đ;Đ | CHUA_DAT | CHUA_DAT | 3,4 < 3,5; Khá not reachable by one subject
            9.0;9.0;9.0;9.0;9.0;9.0;9.0;9.0 | Đ;Đ;Đ;Đ;CĐ | DAT      | KHA      | cl.3 Tốt→Đạt by one comment subject → Khá
            9.0;9.0;9.0;9.0;9.0;9.0;9.0;4.0 | Đ;Đ;Đ;Đ;Đ | DAT      | KHA      | cl.3 Tốt→Đạt by one scored subject → Khá
            9.0;9.0;9.0;9.0;9.0;9.0;9.0;3.0 | Đ;Đ;Đ;Đ;Đ | CHUA_DAT | DAT      | cl.3 Tốt→Chưa đạt by one subject → Đạt
            9.0;9.0;9.0;9.0;9.0;9.0;9.0;9.0 | Đ;Đ;Đ;CĐ;CĐ | CHUA_DAT | CHUA_DAT | two comment subjects: not only one subject
            7.0;7.0;7.0;7.0;7.0;7.0;7.0;3.0 | Đ;Đ;Đ;Đ;Đ | CHUA_DAT | DAT      | cl.3 Khá→Chưa đạt by one subject → Đạt
            7.0;7.0;7.0;7.0;7.0;7.0;4.0;3.0 | Đ;Đ;Đ;Đ;Đ | CHUA_DAT | CHUA_DAT | two subjects drag it down: no adjustment
            8.0;8.0;8.0;8.0;8.0;8.0;8.0;6.0 | Đ;Đ;Đ;Đ;Đ | KHA      | KHA      | Tốt→Khá is one level: never adjusted
            8.0;8.0;8.0;8.0;8.0;8.0;8.0;8.0 | Đ;Đ;Đ;Đ;CĐ | DAT      | KHA      | one Chưa đạt comment with all scores Tốt
            7.0;7.0;7.0;7.0;7.0;7.0;7.0;7.0 | Đ;Đ;Đ;CĐ;CĐ | CHUA_DAT | CHUA_DAT | two Chưa đạt comments
            """)
    void art9Levels(String scores, String comments, Level base, Level fin, String why) {
        LearningResult r = Tt22Learning.classify(outcomes(scores, comments), S);
        assertThat(r.base()).as(why).isEqualTo(base);
        assertThat(r.level()).as(why).isEqualTo(fin);
        assertThat(r.adjusted()).as(why).isEqualTo(base != fin);
        if (r.adjusted()) {
            assertThat(r.explanation().code()).isEqualTo("tt22.learning.adjusted");
        }
    }

    @Test
    void khaExplanationNamesTheCounts() {
        LearningResult r = Tt22Learning.classify(outcomes("6.5;6.5;6.5;6.5;6.5;6.5;7.0;5.0", "Đ;Đ;Đ;Đ;Đ"), S);
        assertThat(r.explanation()).isEqualTo(Explanation.of("tt22.learning.kha", new BigDecimal("5.0"), 7, 8));
    }

    @Test
    void artsAsOneSubjectIsASetting() {
        // Âm nhạc and Mĩ thuật both Chưa đạt: two subjects (default) → Chưa đạt; one Nghệ thuật → Đạt
        List<SubjectOutcome> o = new ArrayList<>(outcomes("7.0;7.0;7.0;7.0;7.0;7.0;7.0;7.0", "Đ;Đ;Đ"));
        o.add(SubjectOutcome.comment("AMNHAC", CommentResult.CHUA_DAT, 0, null));
        o.add(SubjectOutcome.comment("MITHUAT", CommentResult.CHUA_DAT, 0, null));
        assertThat(Tt22Learning.classify(o, S).level()).isEqualTo(Level.CHUA_DAT);
        assertThat(Tt22Learning.classify(o, S.withArtsAsTwoSubjects(false)).level()).isEqualTo(Level.DAT);
    }

    @Test
    void missingCommentAssessmentIsChuaDatButBlocksTheLevelUntilEntered() {
        List<SubjectOutcome> o = new ArrayList<>(outcomes("9.0;9.0;9.0;9.0;9.0;9.0;9.0;9.0", "Đ;Đ;Đ;Đ"));
        SubjectOutcome gdtc = Tt22Averages.commentTerm("GDTC", CommentTerm.parse("Đ;Đ", "Đ", ""));
        assertThat(gdtc.comment()).isEqualTo(CommentResult.CHUA_DAT);
        assertThat(gdtc.missing()).isEqualTo(1);
        o.add(gdtc);
        LearningResult r = Tt22Learning.classify(o, S);
        assertThat(r.complete()).isFalse();
        assertThat(r.explanation()).isEqualTo(Explanation.of("tt22.learning.incomplete", "GDTC"));
    }

    @Test
    void practicalPartExemptionInPhysicalEducationStillNeedsEveryAssessment() {
        assertThat(Tt22Averages.commentTerm("GDTC", CommentTerm.allDat().withPracticalPartExempt()).comment())
                .isEqualTo(CommentResult.DAT);
        assertThat(Tt22Averages.commentTerm("GDTC", CommentTerm.parse("Đ", "Đ", "Đ").withPracticalPartExempt()).comment())
                .isEqualTo(CommentResult.CHUA_DAT);
    }

    @Test
    void wholeSubjectExemptionLeavesTheListsAndAsksThePrincipal() {
        List<SubjectOutcome> o = new ArrayList<>(outcomes("8.0;8.0;8.0;8.0;8.0;8.0;8.0", "Đ;Đ;Đ;Đ;Đ"));
        o.add(SubjectOutcome.exempt("TINHOC", vn.sotruong.core.curriculum.AssessmentForm.SCORED));
        LearningResult r = Tt22Learning.classify(o, S);
        assertThat(r.level()).isEqualTo(Level.TOT);
        assertThat(r.needsPrincipalReview()).isTrue();
        SubjectOutcome h2 = Tt22Averages.termAverage("TINHOC", ScoredTerm.parse("9;8", "8,5", "8,5"), 2, S);
        SubjectOutcome h1 = Tt22Averages.termAverage("TINHOC", ScoredTerm.exempted(), 2, S);
        assertThat(Tt22Averages.yearAverage("TINHOC", h1, h2, S).average()).isEqualByComparingTo("8.5");
        assertThat(Tt22Averages.yearAverage("TINHOC", h1, h2, S.withOneTermExemptionUsesOtherTerm(false)).status())
                .isEqualTo(SubjectOutcome.Status.INCOMPLETE);
    }

    // ---- Art 8: the 16 rows of the year-conduct table ----------------------------------------------------

    @ParameterizedTest(name = "HK I {0}, HK II {1} → {2}")
    @CsvSource({
            "Tốt,Tốt,Tốt", "Khá,Tốt,Tốt", "Đạt,Tốt,Khá", "Chưa đạt,Tốt,Khá",
            "Tốt,Khá,Khá", "Khá,Khá,Khá", "Đạt,Khá,Khá", "Chưa đạt,Khá,Đạt",
            "Tốt,Đạt,Khá", "Khá,Đạt,Đạt", "Đạt,Đạt,Đạt", "Chưa đạt,Đạt,Đạt",
            "Tốt,Chưa đạt,Chưa đạt", "Khá,Chưa đạt,Chưa đạt", "Đạt,Chưa đạt,Chưa đạt", "Chưa đạt,Chưa đạt,Chưa đạt"})
    void art8YearConduct(String hk1, String hk2, String year) {
        assertThat(Tt22Conduct.year(Level.parse(hk1), Level.parse(hk2))).isEqualTo(Level.parse(year));
        assertThat(Tt22Conduct.yearResult(Level.parse(hk1), Level.parse(hk2)).explanation().code())
                .isEqualTo("tt22.conduct.year");
    }

    @Test
    void conductNotEnteredIsIncomplete() {
        assertThat(Tt22Conduct.yearResult(Level.TOT, null).complete()).isFalse();
    }

    static List<SubjectOutcome> outcomes(String scores, String comments) {
        List<SubjectOutcome> o = new ArrayList<>();
        String[] sc = scores.split(";");
        for (int i = 0; i < sc.length; i++) {
            o.add(SubjectOutcome.scored("S" + (i + 1), new BigDecimal(sc[i]), null, null, 0, null));
        }
        List<String> cm = Arrays.asList(comments.split(";"));
        for (int i = 0; i < cm.size(); i++) {
            o.add(SubjectOutcome.comment("C" + (i + 1), CommentResult.parse(cm.get(i)), 0, null));
        }
        return o;
    }
}
