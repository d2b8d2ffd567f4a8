package vn.sotruong.core.assessment.tt27;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.common.DomainException;

/** RULES.md §8 P1, P2 and the Art 9 / Art 11 / Art 13 tables of Circular 27, through {@link Tt27RuleSet#evaluate}. */
class Tt27RuleSetTest {
    private final Tt27RuleSet rules = Tt27RuleSet.withDefaults();

    static List<SubjectYearEnd> p1() {
        try (InputStream in = Tt27RuleSetTest.class.getResourceAsStream("p1-grade4.csv")) {
            List<SubjectYearEnd> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.strip().split("\\|", -1);
                    out.add(SubjectYearEnd.of(c[0], c[1], c[2]));
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, QualityLevel> qualities(QualityLevel all) {
        Map<String, QualityLevel> m = new LinkedHashMap<>();
        Tt27RuleSet.QUALITIES.forEach(q -> m.put(q, all));
        return m;
    }

    static List<SubjectYearEnd> with(List<SubjectYearEnd> in, String code, String level, String test) {
        return in.stream().map(e -> e.code().equals(code) ? SubjectYearEnd.of(code, level, test) : e).toList();
    }

    @Test
    void p1Grade4HoanThanhXuatSac() {
        PrimaryYearResult r = rules.evaluate(PrimaryYear.of(4, p1(), qualities(QualityLevel.T)));
        assertThat(r.ruleSetId()).isEqualTo("TT27-2020");
        assertThat(r.overall().level()).isEqualTo(Overall.HOAN_THANH_XUAT_SAC);
        assertThat(r.overall().explanation().code()).isEqualTo("tt27.overall.htxsWhy");
        assertThat(r.xuatSac()).isTrue();
        assertThat(r.tieuBieuEligible()).isFalse();
        assertThat(r.completion()).isEqualTo(Completion.COMPLETED);
        assertThat(r.completesGrade()).isTrue();
        assertThat(r.completesPrimary()).isFalse();
    }

    @Test
    void p2SameButToan8IsHoanThanhTotAndOnlyEligibleForTieuBieu() {
        PrimaryYearResult r = rules.evaluate(PrimaryYear.of(4, with(p1(), "TOAN", "T", "8"), qualities(QualityLevel.T)));
        assertThat(r.overall().level()).isEqualTo(Overall.HOAN_THANH_TOT);
        assertThat(r.xuatSac()).isFalse();
        assertThat(r.tieuBieuEligible()).isTrue();
        assertThat(r.awardExplanation().code()).isEqualTo("tt27.award.tieuBieuEligibleWhy");
        assertThat(r.completesGrade()).isTrue();
    }

    /** Art 13 and P2: the title needs Hoàn thành tốt and the homeroom teacher's nomination; never automatic. */
    @ParameterizedTest(name = "[{index}] Toán {0}, nominated \"{1}\" → tiêu biểu {2} ({3})")
    @CsvSource(nullValues = "-", value = {
            "8, Toán: giải nhất thi giải toán cấp trường, true,  tt27.award.tieuBieuWhy",
            "8, -,                                        false, tt27.award.tieuBieuEligibleWhy",
            "8, '   ',                                    false, tt27.award.tieuBieuEligibleWhy",
            "9, Tiến bộ rõ về năng lực tự chủ,            false, tt27.award.xuatSacWhy",
            "6, Tiến bộ rõ về năng lực tự chủ,            false, tt27.award.nominationNotEligible",
    })
    void tieuBieuOnlyForAHoanThanhTotPupilTheHomeroomTeacherNominated(String toan, String nomination,
                                                                       boolean tieuBieu, String why) {
        PrimaryYearResult r = rules.evaluate(PrimaryYear.of(4, with(p1(), "TOAN", "T", toan), qualities(QualityLevel.T))
                .withNomination(nomination));
        assertThat(r.tieuBieu()).isEqualTo(tieuBieu);
        assertThat(r.awardExplanation().code()).isEqualTo(why);
        if (tieuBieu) {
            assertThat(r.awardExplanation().args()).containsExactly(nomination);
            assertThat(r.xuatSac()).isFalse();
        }
    }

    @ParameterizedTest(name = "[{index}] Toán {0} / {1}, Đạo đức {2}, one quality {3} → {4}")
    @CsvSource({
            "T,9,T,T,HOAN_THANH_XUAT_SAC",
            "T,7,T,T,HOAN_THANH_TOT",
            "T,6,T,T,HOAN_THANH",
            "T,9,H,T,HOAN_THANH",
            "T,9,T,D,HOAN_THANH",
            "H,5,H,D,HOAN_THANH",
            "T,4,T,T,CHUA_HOAN_THANH",
            "C,9,T,T,CHUA_HOAN_THANH",
            "T,9,T,C,CHUA_HOAN_THANH",
            "T,10,C,T,CHUA_HOAN_THANH"})
    void art9Table(String toanLevel, String toanTest, String daoDuc, QualityLevel oneQuality, Overall expected) {
        Map<String, QualityLevel> q = qualities(QualityLevel.T);
        q.put("CHAMCHI", oneQuality);
        List<SubjectYearEnd> s = with(with(p1(), "TOAN", toanLevel, toanTest), "DAODUC", daoDuc, "");
        assertThat(rules.evaluate(PrimaryYear.of(4, s, q)).overall().level()).isEqualTo(expected);
    }

    @Test
    void httWithAQualityDatIsASetting() {
        Map<String, QualityLevel> q = qualities(QualityLevel.T);
        q.put("TUCHU", QualityLevel.D);
        List<SubjectYearEnd> s = with(p1(), "TOAN", "T", "8");
        assertThat(rules.evaluate(PrimaryYear.of(4, s, q)).overall().level()).isEqualTo(Overall.HOAN_THANH);
        assertThat(new Tt27RuleSet(new Tt27Settings(true, false)).evaluate(PrimaryYear.of(4, s, q)).overall().level())
                .isEqualTo(Overall.HOAN_THANH_TOT);
    }

    @Test
    void grade5CompletesPrimary() {
        PrimaryYearResult r = rules.evaluate(PrimaryYear.of(5, p1(), qualities(QualityLevel.D)));
        assertThat(r.overall().level()).isEqualTo(Overall.HOAN_THANH);
        assertThat(r.completesPrimary()).isTrue();
    }

    @Test
    void missingTestOrQualityIsIncomplete() {
        PrimaryYearResult r = rules.evaluate(PrimaryYear.of(4, with(p1(), "KHOAHOC", "T", ""), qualities(QualityLevel.T)));
        assertThat(r.completion()).isEqualTo(Completion.INCOMPLETE);
        assertThat(r.overall().explanation().args()).containsExactly("KHOAHOC KTĐK");
        Map<String, QualityLevel> q = qualities(QualityLevel.T);
        q.remove("THAMMI");
        assertThat(rules.evaluate(PrimaryYear.of(4, p1(), q)).completion()).isEqualTo(Completion.INCOMPLETE);
    }

    @Test
    void grade2HasTestsOnlyInTiengVietAndToan() {
        List<SubjectYearEnd> g2 = List.of(SubjectYearEnd.of("TIENGVIET", "T", "9"), SubjectYearEnd.of("TOAN", "T", "10"),
                SubjectYearEnd.of("TNXH", "T", ""), SubjectYearEnd.of("DAODUC", "T", ""));
        assertThat(rules.evaluate(PrimaryYear.of(2, g2, qualities(QualityLevel.T))).overall().level())
                .isEqualTo(Overall.HOAN_THANH_XUAT_SAC);
        assertThatThrownBy(() -> rules.evaluate(PrimaryYear.of(2, with(g2, "TNXH", "T", "8"), qualities(QualityLevel.T))))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("tt27.test.notTested");
    }

    @Test
    void testScoresAreWholeNumbersByDefault() {
        assertThatThrownBy(() -> rules.evaluate(PrimaryYear.of(4, with(p1(), "TOAN", "T", "8,5"), qualities(QualityLevel.T))))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("score.notAWholeNumber");
        assertThatThrownBy(() -> rules.testScore("7.5")).extracting("code").isEqualTo("score.notAWholeNumber");
        assertThat(rules.testScore("7").value()).isEqualByComparingTo("7");
        assertThat(new Tt27RuleSet(new Tt27Settings(false, true)).testScore("7,5").value()).isEqualByComparingTo("7.5");
    }

    @Test
    void notCompletedGoesToSupplementaryAssessmentThenThePrincipal() {
        PrimaryYear y = PrimaryYear.of(3, List.of(SubjectYearEnd.of("TIENGVIET", "H", "6"), SubjectYearEnd.of("TOAN", "C", "3"),
                SubjectYearEnd.of("NGOAINGU1", "H", "5"), SubjectYearEnd.of("TINHOCCN", "H", "7")), qualities(QualityLevel.D));
        PrimaryYearResult r = rules.evaluate(y);
        assertThat(r.overall().level()).isEqualTo(Overall.CHUA_HOAN_THANH);
        assertThat(r.overall().explanation().args()).containsExactly("TOAN", "—", "TOAN");
        assertThat(r.completion()).isEqualTo(Completion.SUPPLEMENTARY_PENDING);
        // re-take: the last score counts
        PrimaryYearResult passed = rules.evaluate(y.withSupplementary(List.of(SubjectYearEnd.of("TOAN", "H", "5"))));
        assertThat(passed.afterSupplementary().level()).isEqualTo(Overall.HOAN_THANH);
        assertThat(passed.completion()).isEqualTo(Completion.COMPLETED);
        assertThat(passed.promoted()).isTrue();
        PrimaryYear stillNot = y.withSupplementary(List.of(SubjectYearEnd.of("TOAN", "C", "4")));
        assertThat(rules.evaluate(stillNot).completion()).isEqualTo(Completion.PRINCIPAL_DECISION_PENDING);
        assertThat(rules.evaluate(stillNot.withPrincipalDecision(true)).completion()).isEqualTo(Completion.PROMOTED_BY_PRINCIPAL);
        assertThat(rules.evaluate(stillNot.withPrincipalDecision(true)).completesGrade()).isFalse();
        assertThat(rules.evaluate(stillNot.withPrincipalDecision(false)).completion()).isEqualTo(Completion.NOT_PROMOTED);
    }

    @ParameterizedTest
    @CsvSource({"T,T", "h,H", "Chưa hoàn thành,C"})
    void parsesSubjectLevels(String text, SubjectLevel level) {
        assertThat(SubjectLevel.parse(text)).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({"T,T", "Đ,D", "Đạt,D", "Cần cố gắng,C"})
    void parsesQualityLevels(String text, QualityLevel level) {
        assertThat(QualityLevel.parse(text)).isEqualTo(level);
    }

    @Test
    void badLevelsAreRefusedWithACode() {
        assertThatThrownBy(() -> SubjectLevel.parse("X")).extracting("code").isEqualTo("tt27.subjectLevel.invalid");
        assertThatThrownBy(() -> QualityLevel.parse("H")).extracting("code").isEqualTo("tt27.qualityLevel.invalid");
    }
}
