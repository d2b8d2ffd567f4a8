package vn.sotruong.core.curriculum;

/** Hình thức đánh giá: by score (with comments) or by comment only (Đạt / Chưa đạt). */
public enum AssessmentForm {
    SCORED,
    COMMENT
}
