package vn.sotruong.core.registers;

/** Tình trạng hồ sơ: how far a book of the year's catalogue has come, in order. */
public enum RecordState {
    /** Chưa in. */
    NOT_PRINTED("Chưa in"),
    /** Bản nháp: printed empty (sổ cá nhân đầu học kì) or while required entries are still missing. */
    DRAFT("Bản nháp"),
    /** Đã in. */
    PRINTED("Đã in"),
    /** Đã ký: signed digitally by the principal. */
    SIGNED("Đã ký"),
    /** Đã đóng quyển. */
    BOUND("Đã đóng quyển"),
    /** Đã lưu trữ. */
    ARCHIVED("Đã lưu trữ");

    private final String label;

    RecordState(String label) {
        this.label = label;
    }

    /** The Vietnamese word, as the printed catalogue says it. */
    public String label() {
        return label;
    }
}
