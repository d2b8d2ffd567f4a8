package vn.sotruong.core.assessment.tt27;

/** Art 11: where a primary student stands at the end of the year. */
public enum Completion {
    /** Hoàn thành chương trình lớp học (HTXS, HTT or HT). */
    COMPLETED("tt27.completion.completed"),
    /** Chưa hoàn thành: support plan and supplementary assessment (đánh giá bổ sung) pending. */
    SUPPLEMENTARY_PENDING("tt27.completion.supplementaryPending"),
    /** Still not completed after the supplementary assessment: the principal decides. */
    PRINCIPAL_DECISION_PENDING("tt27.completion.principalPending"),
    /** Not completed, but the principal decided "lên lớp". */
    PROMOTED_BY_PRINCIPAL("tt27.completion.promotedByPrincipal"),
    /** The principal decided "chưa được lên lớp". */
    NOT_PROMOTED("tt27.completion.notPromoted"),
    /** Something required is not entered yet. */
    INCOMPLETE("tt27.completion.incomplete");

    private final String labelKey;

    Completion(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
