package vn.sotruong.core.assessment.tt27;

import vn.sotruong.core.assessment.Explanation;

/**
 * @param overall the Art 9 level from the year's entries
 * @param afterSupplementary the level re-decided after supplementary assessment, or null
 * @param completesGrade hoàn thành chương trình lớp học
 * @param promoted lên lớp (completed, or the principal's decision)
 * @param completesPrimary grade 5 completed: "Hoàn thành chương trình tiểu học"
 * @param xuatSac "Học sinh Xuất sắc" (HTXS, automatic)
 * @param tieuBieuEligible HTT: may be nominated "Học sinh Tiêu biểu…" by the GVCN and class; never automatic
 * @param tieuBieu "Học sinh Tiêu biểu…": eligible and nominated by the homeroom teacher
 */
public record PrimaryYearResult(String ruleSetId, OverallResult overall, OverallResult afterSupplementary,
                                Completion completion, boolean completesGrade, boolean promoted,
                                boolean completesPrimary, boolean xuatSac, boolean tieuBieuEligible,
                                boolean tieuBieu, Explanation awardExplanation) {
}
