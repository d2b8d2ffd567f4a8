package vn.sotruong.core.assessment.tt27;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import vn.sotruong.core.assessment.AssessmentRuleSet;
import vn.sotruong.core.assessment.Explanation;
import vn.sotruong.core.assessment.Score;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.school.SchoolLevel;

/**
 * Circular 27/2020/TT-BGDĐT (tiểu học, grades 1–5) with a school year's {@link Tt27Settings}.
 * Roadmap: grade 1 from 2020–21 … grade 5 from 2024–25.
 *
 * <p>Art 9 (end of year only): HTXS = all subjects T, all qualities/competences T, every cuối năm test
 * ≥ 9; HTT = the same with tests ≥ 7; HT = subjects T or H, qualities T or Đ, tests ≥ 5; otherwise
 * CHT. Art 11: HTXS/HTT/HT complete the grade; otherwise supplementary assessment after support, then
 * the principal decides. Art 13: HTXS → "Học sinh Xuất sắc"; HTT → eligible for "tiêu biểu" only.
 */
public final class Tt27RuleSet implements AssessmentRuleSet {
    public static final String ID = "TT27-2020";
    /** The 5 phẩm chất chủ yếu and 10 năng lực cốt lõi (INTERFACES.md codes). */
    public static final List<String> QUALITIES = List.of("YEUNUOC", "NHANAI", "CHAMCHI", "TRUNGTHUC", "TRACHNHIEM",
            "TUCHU", "GIAOTIEP", "GQVD", "NGONNGU", "TINHTOAN", "KHOAHOC", "CONGNGHE", "TINHOC", "THAMMI", "THECHAT");
    private static final Set<String> TESTED_ALL = Set.of("TIENGVIET", "TOAN");
    private static final Set<String> TESTED_FROM_3 = Set.of("NGOAINGU1", "TINHOCCN");
    private static final Set<String> TESTED_FROM_4 = Set.of("LSDL", "KHOAHOC");
    private static final BigDecimal NINE = new BigDecimal("9");
    private static final BigDecimal SEVEN = new BigDecimal("7");
    private static final BigDecimal FIVE = new BigDecimal("5");

    private final Tt27Settings settings;

    public Tt27RuleSet(Tt27Settings settings) {
        this.settings = settings;
    }

    public static Tt27RuleSet withDefaults() {
        return new Tt27RuleSet(Tt27Settings.defaults());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SchoolLevel level() {
        return SchoolLevel.TIEU_HOC;
    }

    @Override
    public OptionalInt firstYearStart(int grade) {
        return grade >= 1 && grade <= 5 ? OptionalInt.of(2019 + grade) : OptionalInt.empty();
    }

    public Tt27Settings settings() {
        return settings;
    }

    /** Whether a subject has the cuối năm periodic test in a grade (Art 7; RULES.md §2.1). */
    public static boolean tested(String code, int grade) {
        return TESTED_ALL.contains(code) || (grade >= 3 && TESTED_FROM_3.contains(code))
                || (grade >= 4 && TESTED_FROM_4.contains(code));
    }

    /** Checks a typed test score against the settings (whole numbers by default: {@code score.notAWholeNumber}). */
    public Score testScore(String text) {
        Score s = Score.parse(text);
        return settings.wholeNumberTestScores() ? s.requireWhole() : s;
    }

    /** Art 9 overall level from the end-of-year entries. */
    public OverallResult overall(int grade, List<SubjectYearEnd> subjects, Map<String, QualityLevel> qualities) {
        List<String> missing = new ArrayList<>();
        List<String> subjectsC = new ArrayList<>();
        List<String> testsBelow5 = new ArrayList<>();
        boolean allT = true;
        BigDecimal lowest = null;
        for (SubjectYearEnd e : subjects) {
            boolean isTested = tested(e.code(), grade);
            if (e.test() != null && !isTested) {
                throw new DomainException("tt27.test.notTested", e.code(), grade);
            }
            if (e.test() != null && settings.wholeNumberTestScores()) {
                e.test().requireWhole();
            }
            if (e.level() == null) {
                missing.add(e.code());
            }
            if (isTested && e.test() == null) {
                missing.add(e.code() + " KTĐK");
            }
            if (e.level() != SubjectLevel.T) {
                allT = false;
            }
            if (e.level() == SubjectLevel.C) {
                subjectsC.add(e.code());
            }
            if (e.test() != null) {
                BigDecimal v = e.test().value();
                lowest = lowest == null || v.compareTo(lowest) < 0 ? v : lowest;
                if (v.compareTo(FIVE) < 0) {
                    testsBelow5.add(e.code());
                }
            }
        }
        for (String q : QUALITIES) {
            if (qualities.get(q) == null) {
                missing.add(q);
            }
        }
        if (subjects.isEmpty() || !missing.isEmpty()) {
            return new OverallResult(null, Explanation.of("tt27.overall.incomplete", String.join(", ", missing)));
        }
        boolean qAllT = qualities.values().stream().allMatch(q -> q == QualityLevel.T);
        List<String> qualitiesC = QUALITIES.stream().filter(q -> qualities.get(q) == QualityLevel.C).toList();
        long qualitiesD = QUALITIES.stream().filter(q -> qualities.get(q) == QualityLevel.D).count();
        BigDecimal low = lowest == null ? BigDecimal.TEN : lowest;
        Object lowShown = lowest == null ? "—" : lowest.stripTrailingZeros().toPlainString();
        if (allT && qAllT && low.compareTo(NINE) >= 0) {
            return new OverallResult(Overall.HOAN_THANH_XUAT_SAC, Explanation.of("tt27.overall.htxsWhy", lowShown));
        }
        boolean qualitiesForHtt = settings.httRequiresAllQualitiesTot() ? qAllT : qualitiesC.isEmpty();
        if (allT && qualitiesForHtt && low.compareTo(SEVEN) >= 0) {
            return new OverallResult(Overall.HOAN_THANH_TOT, Explanation.of("tt27.overall.httWhy", lowShown, qualitiesD));
        }
        if (subjectsC.isEmpty() && qualitiesC.isEmpty() && low.compareTo(FIVE) >= 0) {
            long subjectsH = subjects.stream().filter(e -> e.level() == SubjectLevel.H).count();
            return new OverallResult(Overall.HOAN_THANH, Explanation.of("tt27.overall.htWhy", subjectsH, qualitiesD, lowShown));
        }
        return new OverallResult(Overall.CHUA_HOAN_THANH, Explanation.of("tt27.overall.chtWhy",
                dash(subjectsC), dash(qualitiesC), dash(testsBelow5)));
    }

    /** The pupil's year: overall level, completion (Art 11) and awards (Art 13). */
    public PrimaryYearResult evaluate(PrimaryYear y) {
        if (!level().hasGrade(y.grade())) {
            throw new DomainException("class.gradeInvalid", y.grade());
        }
        OverallResult overall = overall(y.grade(), y.subjects(), y.qualities());
        boolean xs = overall.level() == Overall.HOAN_THANH_XUAT_SAC;
        boolean tb = overall.level() == Overall.HOAN_THANH_TOT;
        String nominated = y.tieuBieuNomination();
        // only a Hoàn thành tốt pupil can be "tiêu biểu", and only when the homeroom teacher nominates them
        Explanation awardWhy = !overall.complete() ? Explanation.of("tt27.award.incomplete")
                : xs ? Explanation.of("tt27.award.xuatSacWhy")
                : tb && nominated != null ? Explanation.of("tt27.award.tieuBieuWhy", nominated)
                : tb ? Explanation.of("tt27.award.tieuBieuEligibleWhy")
                : nominated != null ? Explanation.of("tt27.award.nominationNotEligible",
                        Explanation.label(overall.level().labelKey()))
                : Explanation.of("tt27.award.noneWhy", Explanation.label(overall.level().labelKey()));
        boolean awarded = tb && nominated != null;
        if (!overall.complete()) {
            return new PrimaryYearResult(ID, overall, null, Completion.INCOMPLETE, false, false, false, false, false, false,
                    awardWhy);
        }
        if (overall.level().completes()) {
            if (!y.supplementary().isEmpty()) {
                throw new DomainException("tt27.supplementary.notEligible");
            }
            return new PrimaryYearResult(ID, overall, null, Completion.COMPLETED, true, true, y.grade() == 5, xs, tb,
                    awarded, awardWhy);
        }
        if (y.supplementary().isEmpty()) {
            return new PrimaryYearResult(ID, overall, null, Completion.SUPPLEMENTARY_PENDING, false, false, false,
                    false, false, false, awardWhy);
        }
        Map<String, SubjectYearEnd> merged = new LinkedHashMap<>();
        y.subjects().forEach(e -> merged.put(e.code(), e));
        for (SubjectYearEnd s : y.supplementary()) {
            SubjectYearEnd old = merged.get(s.code());
            if (old == null) {
                throw new DomainException("assessment.subjectNotInGrade", s.code(), y.grade());
            }
            merged.put(s.code(), new SubjectYearEnd(s.code(), s.level() != null ? s.level() : old.level(),
                    s.test() != null ? s.test() : old.test()));
        }
        OverallResult after = overall(y.grade(), List.copyOf(merged.values()), y.qualities());
        if (after.complete() && after.level().completes()) {
            return new PrimaryYearResult(ID, overall, after, Completion.COMPLETED, true, true, y.grade() == 5,
                    false, false, false, awardWhy);
        }
        Completion c = y.principalPromotes() == null ? Completion.PRINCIPAL_DECISION_PENDING
                : y.principalPromotes() ? Completion.PROMOTED_BY_PRINCIPAL : Completion.NOT_PROMOTED;
        return new PrimaryYearResult(ID, overall, after, c, false, c == Completion.PROMOTED_BY_PRINCIPAL, false,
                false, false, false, awardWhy);
    }

    private static String dash(List<String> codes) {
        return codes.isEmpty() ? "—" : String.join(", ", codes);
    }
}
