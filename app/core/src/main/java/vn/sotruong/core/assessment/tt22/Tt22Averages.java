package vn.sotruong.core.assessment.tt22;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.sotruong.core.assessment.CommentResult;
import vn.sotruong.core.assessment.Explanation;
import vn.sotruong.core.assessment.Rounding;
import vn.sotruong.core.assessment.Score;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.curriculum.AssessmentForm;

/**
 * Circular 22 Art 6 and Art 9 cl.1: the number of ĐĐGtx, ĐTBmhk, ĐTBmcn and the term / year result of
 * comment subjects. Pure functions on exact decimals.
 */
public final class Tt22Averages {
    /** Comment subjects record 2 regular assessments per term (Art 6). */
    public static final int COMMENT_REGULAR = 2;
    /** 2 regular + mid-term + end-of-term (Art 6, Art 7). */
    public static final int COMMENT_REQUIRED = COMMENT_REGULAR + 2;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    private Tt22Averages() {
    }

    /**
     * Number of ĐĐGtx per term of a scored subject (Art 6): up to 35 periods a year → 2; 36–70 → 3;
     * more than 70 → 4 ("35 tiết" read as "≤ 35", RULES.md §1.2).
     */
    public static int regularCount(int periodsPerYear) {
        if (periodsPerYear <= 0) {
            throw new DomainException("subject.periodsInvalid");
        }
        return periodsPerYear <= 35 ? 2 : periodsPerYear <= 70 ? 3 : 4;
    }

    /** ĐTBmhk = (ΣĐĐGtx + 2·ĐĐGgk + 3·ĐĐGck) / (n + 5), rounded once to one decimal. */
    public static SubjectOutcome termAverage(String code, ScoredTerm t, int required, Tt22Settings s) {
        if (t.exempt()) {
            return SubjectOutcome.exempt(code, AssessmentForm.SCORED);
        }
        if (t.regular().size() > required) {
            throw new DomainException("assessment.tooManyRegular", code, required, t.regular().size());
        }
        List<String> missing = new ArrayList<>();
        for (int k = t.regular().size() + 1; k <= required; k++) {
            missing.add("TX" + k);
        }
        if (t.midterm() == null) {
            missing.add("GK");
        }
        if (t.endOfTerm() == null) {
            missing.add("CK");
        }
        if (!missing.isEmpty() && s.missingAssessment() == Tt22Settings.MissingAssessment.BLOCK) {
            return SubjectOutcome.incomplete(code, AssessmentForm.SCORED, missing.size(),
                    Explanation.of("tt22.average.incomplete", missing.size(), String.join(", ", missing)));
        }
        BigDecimal sumTx = t.regular().stream().map(Score::value).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
        BigDecimal gk = t.midterm() == null ? BigDecimal.ZERO.setScale(1) : t.midterm().value();
        BigDecimal ck = t.endOfTerm() == null ? BigDecimal.ZERO.setScale(1) : t.endOfTerm().value();
        BigDecimal numerator = sumTx.add(TWO.multiply(gk)).add(THREE.multiply(ck));
        BigDecimal denominator = BigDecimal.valueOf(required + 5L);
        BigDecimal avg = Rounding.divide(numerator, denominator, s.rounding());
        Explanation why = missing.isEmpty()
                ? Explanation.of("tt22.average.term", sumTx, gk, ck, required, numerator, denominator, avg)
                : Explanation.of("tt22.average.termWithZeros", sumTx, gk, ck, required, numerator, denominator, avg,
                        String.join(", ", missing));
        return SubjectOutcome.scored(code, avg, numerator, denominator, missing.size(), why);
    }

    /** ĐTBmcn = (ĐTBmhkI + 2·ĐTBmhkII) / 3, by default from the rounded term averages. */
    public static SubjectOutcome yearAverage(String code, SubjectOutcome hk1, SubjectOutcome hk2, Tt22Settings s) {
        SubjectOutcome single = singleTermOrNull(code, AssessmentForm.SCORED, hk1, hk2, s);
        if (single != null) {
            return single;
        }
        if (!hk1.computed() || !hk2.computed()) {
            return SubjectOutcome.incomplete(code, AssessmentForm.SCORED, hk1.missing() + hk2.missing(),
                    Explanation.of("tt22.average.yearIncomplete"));
        }
        if (s.yearAverageFromRoundedTerms() || hk1.numerator() == null || hk2.numerator() == null) {
            BigDecimal num = hk1.average().add(TWO.multiply(hk2.average()));
            BigDecimal avg = Rounding.divide(num, THREE, s.rounding());
            return SubjectOutcome.scored(code, avg, num, THREE, 0,
                    Explanation.of("tt22.average.year", hk1.average(), hk2.average(), num, avg));
        }
        // exact: (n1/d1 + 2·n2/d2) / 3 = (n1·d2 + 2·n2·d1) / (3·d1·d2)
        BigDecimal num = hk1.numerator().multiply(hk2.denominator())
                .add(TWO.multiply(hk2.numerator()).multiply(hk1.denominator()));
        BigDecimal den = THREE.multiply(hk1.denominator()).multiply(hk2.denominator());
        BigDecimal avg = Rounding.divide(num, den, s.rounding());
        return SubjectOutcome.scored(code, avg, num, den, 0, Explanation.of("tt22.average.yearExact",
                hk1.numerator(), hk1.denominator(), hk2.numerator(), hk2.denominator(), avg));
    }

    /**
     * Comment subject, one term (Art 9 cl.1): Đạt iff all 4 required assessments are there and all are
     * Đạt; otherwise Chưa đạt (a missing one too: "không đủ số lần", T6).
     */
    public static SubjectOutcome commentTerm(String code, CommentTerm t) {
        if (t.exempt()) {
            return SubjectOutcome.exempt(code, AssessmentForm.COMMENT);
        }
        if (t.regular().size() > COMMENT_REGULAR) {
            throw new DomainException("assessment.tooManyRegular", code, COMMENT_REGULAR, t.regular().size());
        }
        List<CommentResult> given = new ArrayList<>(t.regular());
        if (t.midterm() != null) {
            given.add(t.midterm());
        }
        if (t.endOfTerm() != null) {
            given.add(t.endOfTerm());
        }
        int missing = COMMENT_REQUIRED - given.size();
        long chuaDat = given.stream().filter(r -> r == CommentResult.CHUA_DAT).count();
        if (missing > 0) {
            return SubjectOutcome.comment(code, CommentResult.CHUA_DAT, missing,
                    Explanation.of("tt22.comment.missing", given.size(), COMMENT_REQUIRED));
        }
        if (chuaDat > 0) {
            return SubjectOutcome.comment(code, CommentResult.CHUA_DAT, 0,
                    Explanation.of("tt22.comment.chuaDat", chuaDat, COMMENT_REQUIRED));
        }
        return SubjectOutcome.comment(code, CommentResult.DAT, 0, Explanation.of("tt22.comment.dat", COMMENT_REQUIRED));
    }

    /** Comment subject, year (Art 9 cl.1): the HK II result; HK I is ignored. */
    public static SubjectOutcome commentYear(String code, SubjectOutcome hk1, SubjectOutcome hk2, Tt22Settings s) {
        SubjectOutcome single = singleTermOrNull(code, AssessmentForm.COMMENT, hk1, hk2, s);
        if (single != null) {
            return single;
        }
        return SubjectOutcome.comment(code, hk2.comment(), hk2.missing(),
                Explanation.of("tt22.comment.year", Explanation.label(hk2.comment().labelKey())));
    }

    /** Exemptions: both terms → exempt; one term → the other term's result (setting) or undecided. */
    private static SubjectOutcome singleTermOrNull(String code, AssessmentForm form, SubjectOutcome hk1,
                                                   SubjectOutcome hk2, Tt22Settings s) {
        boolean e1 = hk1.status() == SubjectOutcome.Status.EXEMPT;
        boolean e2 = hk2.status() == SubjectOutcome.Status.EXEMPT;
        if (e1 && e2) {
            return SubjectOutcome.exempt(code, form);
        }
        if (!e1 && !e2) {
            return null;
        }
        SubjectOutcome other = e1 ? hk2 : hk1;
        int otherTerm = e1 ? 2 : 1;
        if (!s.oneTermExemptionUsesOtherTerm()) {
            return SubjectOutcome.incomplete(code, form, 0, Explanation.of("tt22.average.yearExemptionUndecided"));
        }
        if (!other.computed()) {
            return SubjectOutcome.incomplete(code, form, other.missing(), Explanation.of("tt22.average.yearIncomplete"));
        }
        Explanation why = Explanation.of("tt22.average.yearFromOneTerm", otherTerm);
        return form == AssessmentForm.SCORED
                ? SubjectOutcome.scored(code, other.average(), null, null, other.missing(), why)
                : SubjectOutcome.comment(code, other.comment(), other.missing(), why);
    }
}
