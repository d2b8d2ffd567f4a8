package vn.sotruong.core.deadline;

import java.time.LocalDate;
import vn.sotruong.core.gradebook.SheetRef;

/**
 * Entry progress (tiến độ nhập điểm) of one column of one class's sheet: who is responsible, when it is due,
 * how many pupils should have it, how many have it, and how many of those were entered after the deadline.
 *
 * @param teacherStaffId the subject teacher (the homeroom teacher for conduct and qualities); null when unassigned
 */
public record ProgressLine(long classId, String className, SheetRef sheet, Long teacherStaffId, String header,
                           LocalDate due, int expected, int entered, int enteredLate, ProgressStatus status) {
    public int missing() {
        return expected - entered;
    }
}
