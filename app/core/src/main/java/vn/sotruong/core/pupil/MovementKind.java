package vn.sotruong.core.pupil;

/** Biến động học sinh: the events of the pupil's history the regulations ask the school to record. */
public enum MovementKind {
    /** Nhập học: a new intake. */
    ADMISSION,
    /** Chuyển đến: admitted from another school. */
    TRANSFER_IN,
    /** Chuyển đi: left for another school. */
    TRANSFER_OUT,
    /** Bỏ học. */
    DROPOUT,
    /** Chuyển lớp within the school year. */
    CLASS_CHANGE,
    /** Trở lại học sau khi bỏ học. */
    RETURN,
    /** Hoàn thành chương trình (THCS or tiểu học): leaves the school at the end of the last grade. */
    COMPLETED,
    /** Lên lớp / ở lại lớp: placed in a class of the next school year at the rollover. */
    PROMOTION;

    /** After these the pupil is no longer at the school. */
    public boolean leaves() {
        return this == TRANSFER_OUT || this == DROPOUT || this == COMPLETED;
    }
}
