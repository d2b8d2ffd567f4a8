package vn.sotruong.core.assessment.tt22;

/** Where a student stands at the end of the year (Arts 12–14); the labels are INTERFACES.md's "Kết quả". */
public enum Outcome {
    /** Được lên lớp (grade 9: công nhận hoàn thành chương trình THCS). */
    PROMOTED("tt22.outcome.promoted"),
    /** Không được lên lớp (ở lại lớp). */
    NOT_PROMOTED("tt22.outcome.notPromoted"),
    /** Đánh giá lại trong hè (Art 14), results pending. */
    REASSESSMENT("tt22.outcome.reassessment"),
    /** Rèn luyện trong hè (Art 13), result pending. */
    SUMMER_TRAINING("tt22.outcome.summerTraining"),
    /** Rèn luyện trong hè, then đánh giá lại (only when Art 14 is not read literally). */
    SUMMER_TRAINING_THEN_REASSESSMENT("tt22.outcome.summerTrainingThenReassessment"),
    /** Chưa đủ kết quả: something required is not entered yet. */
    INCOMPLETE("tt22.outcome.incomplete");

    private final String labelKey;

    Outcome(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
