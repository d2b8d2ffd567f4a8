package vn.sotruong.data.gradebook.xlsx;

import vn.sotruong.core.assessment.tt22.Award;
import vn.sotruong.core.assessment.tt22.Outcome;
import vn.sotruong.core.assessment.tt27.Overall;

/**
 * The words the KETQUA sheet writes (INTERFACES.md "Results export"): part of the file contract, so fixed here
 * in Vietnamese whatever the user's language.
 */
final class ResultLabels {
    static final String EXEMPT = "Miễn";
    static final String YES = "Có";
    static final String NOT_YET = "Chưa";
    static final String XUAT_SAC = "Học sinh Xuất sắc";
    /** Circular 27 Art 13: a Hoàn thành tốt pupil the homeroom teacher nominated. */
    static final String TIEU_BIEU = "Học sinh Tiêu biểu hoàn thành tốt trong học tập và rèn luyện";

    private ResultLabels() {
    }

    /**
     * Kết quả. A pupil who must first train in the summer and then be re-assessed is written "Rèn luyện trong hè"
     * (what comes first), so the column keeps the five values the contract lists.
     */
    static String outcome(Outcome o) {
        return switch (o) {
            case PROMOTED -> "Được lên lớp";
            case NOT_PROMOTED -> "Không được lên lớp";
            case REASSESSMENT -> "Đánh giá lại trong hè";
            case SUMMER_TRAINING, SUMMER_TRAINING_THEN_REASSESSMENT -> "Rèn luyện trong hè";
            case INCOMPLETE -> "Chưa đủ kết quả";
        };
    }

    /** Danh hiệu; null (blank) when none. */
    static String award(Award a) {
        return switch (a) {
            case XUAT_SAC -> XUAT_SAC;
            case GIOI -> "Học sinh Giỏi";
            case NONE -> null;
        };
    }

    /** Đánh giá of Circular 27. */
    static String overall(Overall o) {
        return switch (o) {
            case HOAN_THANH_XUAT_SAC -> "Hoàn thành xuất sắc";
            case HOAN_THANH_TOT -> "Hoàn thành tốt";
            case HOAN_THANH -> "Hoàn thành";
            case CHUA_HOAN_THANH -> "Chưa hoàn thành";
        };
    }
}
