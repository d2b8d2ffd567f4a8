package vn.sotruong.core.assessment.tt27;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Circular 27 rules need about one pupil for one year: the end-of-year levels and cuối năm
 * test scores of the grade's subjects, the end-of-year levels of the 5 qualities and 10 competences,
 * supplementary assessments after support (Art 11), the principal's decision when still not
 * completed (null = not taken) and whether the GVCN nominated the pupil for "tiêu biểu" (P2).
 *
 * @param tieuBieuNomination what the homeroom teacher nominates the pupil for ("Học sinh Tiêu biểu…": an
 *        outstanding subject or clear progress, recognised by the class); null when not nominated
 */
public record PrimaryYear(int grade, List<SubjectYearEnd> subjects, Map<String, QualityLevel> qualities,
                          List<SubjectYearEnd> supplementary, Boolean principalPromotes, String tieuBieuNomination) {
    public PrimaryYear {
        subjects = List.copyOf(subjects);
        qualities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(qualities));
        supplementary = List.copyOf(supplementary);
    }

    public static PrimaryYear of(int grade, List<SubjectYearEnd> subjects, Map<String, QualityLevel> qualities) {
        return new PrimaryYear(grade, subjects, qualities, List.of(), null, null);
    }

    public PrimaryYear withSupplementary(List<SubjectYearEnd> s) {
        return new PrimaryYear(grade, subjects, qualities, s, principalPromotes, tieuBieuNomination);
    }

    public PrimaryYear withPrincipalDecision(boolean promotes) {
        return new PrimaryYear(grade, subjects, qualities, supplementary, promotes, tieuBieuNomination);
    }

    /** The homeroom teacher's nomination for "tiêu biểu" (blank or null: none). */
    public PrimaryYear withNomination(String nomination) {
        String n = nomination == null || nomination.isBlank() ? null : nomination.strip();
        return new PrimaryYear(grade, subjects, qualities, supplementary, principalPromotes, n);
    }
}
