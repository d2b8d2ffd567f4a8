package vn.sotruong.core.assessment.tt22;

import java.math.RoundingMode;

/**
 * The school-year settings of the Circular 22 rules: every rule RULES.md tags [S], [R] or NOT FOUND
 * (or marks as an interpretation) is a field here with the documented default, so the Gradebook can
 * store them per school year. See docs/decisions/0008-assessment-rules.md.
 *
 * @param rounding rounding of every average to one decimal (§1.1: "làm tròn số", method not named);
 *                 default {@link RoundingMode#HALF_UP}
 * @param yearAverageFromRoundedTerms ĐTBmcn from the rounded, recorded ĐTBmhk (§1.5 cl.1, practice);
 *                 default true; false = from the exact term quotients
 * @param missingAssessment what a missing required assessment does (§1.3 [R]); default
 *                 {@link MissingAssessment#BLOCK}: "chưa đủ đầu điểm", the denominator never shrinks
 * @param artsAsTwoSubjects Âm nhạc and Mĩ thuật are two comment subjects in Art 9 counts (§10.12);
 *                 default true; false = one "Nghệ thuật" result, Đạt only if both are Đạt
 * @param art14Literal Art 14 read literally: no subject re-assessment when year conduct is Chưa đạt
 *                 (§1.7); default true; false = summer training first, then re-assessment
 * @param maxAbsences absences (buổi, có phép and không phép) still allowing promotion (Art 12 cl.1);
 *                 default 45
 * @param oneTermExemptionUsesOtherTerm a subject exempt in one term only takes the other term's result
 *                 for the year (§1.6 NOT FOUND; TT58 precedent); default true; false = year left
 *                 undecided for the principal
 * @param reassessmentWholeNumbersOnly Art 14 re-assessment score format (§1.7 NOT FOUND); default
 *                 false = 10-point scale, one decimal
 */
public record Tt22Settings(RoundingMode rounding, boolean yearAverageFromRoundedTerms,
                           MissingAssessment missingAssessment, boolean artsAsTwoSubjects, boolean art14Literal,
                           int maxAbsences, boolean oneTermExemptionUsesOtherTerm,
                           boolean reassessmentWholeNumbersOnly) {

    /** What a required assessment that was not entered does to a term result. */
    public enum MissingAssessment {
        /** The term average is not computed ("chưa đủ đầu điểm") until a make-up score or decision is entered. */
        BLOCK,
        /**
         * The recalled Art 7 consequence (0 điểm / Chưa đạt for a student who did not sit the make-up),
         * for a school that decides so after its make-up window; never the default.
         */
        COUNT_AS_ZERO
    }

    public Tt22Settings {
        if (rounding == null || missingAssessment == null || maxAbsences < 0) {
            throw new IllegalArgumentException("invalid Tt22Settings");
        }
    }

    public static Tt22Settings defaults() {
        return new Tt22Settings(RoundingMode.HALF_UP, true, MissingAssessment.BLOCK, true, true, 45, true, false);
    }

    public Tt22Settings withYearAverageFromRoundedTerms(boolean v) {
        return new Tt22Settings(rounding, v, missingAssessment, artsAsTwoSubjects, art14Literal, maxAbsences,
                oneTermExemptionUsesOtherTerm, reassessmentWholeNumbersOnly);
    }

    public Tt22Settings withMissingAssessment(MissingAssessment v) {
        return new Tt22Settings(rounding, yearAverageFromRoundedTerms, v, artsAsTwoSubjects, art14Literal,
                maxAbsences, oneTermExemptionUsesOtherTerm, reassessmentWholeNumbersOnly);
    }

    public Tt22Settings withArtsAsTwoSubjects(boolean v) {
        return new Tt22Settings(rounding, yearAverageFromRoundedTerms, missingAssessment, v, art14Literal,
                maxAbsences, oneTermExemptionUsesOtherTerm, reassessmentWholeNumbersOnly);
    }

    public Tt22Settings withArt14Literal(boolean v) {
        return new Tt22Settings(rounding, yearAverageFromRoundedTerms, missingAssessment, artsAsTwoSubjects, v,
                maxAbsences, oneTermExemptionUsesOtherTerm, reassessmentWholeNumbersOnly);
    }

    public Tt22Settings withOneTermExemptionUsesOtherTerm(boolean v) {
        return new Tt22Settings(rounding, yearAverageFromRoundedTerms, missingAssessment, artsAsTwoSubjects,
                art14Literal, maxAbsences, v, reassessmentWholeNumbersOnly);
    }
}
