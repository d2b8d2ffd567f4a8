package vn.sotruong.desktop.gradebook;

import java.time.LocalDate;
import vn.sotruong.core.deadline.ProgressStatus;

/**
 * Hạn nhập of one column of the sheet shown: when it is due and how far the class has got.
 *
 * @param slot the column's key in the grid
 * @param label the column's short header ("TX1", "GK")
 */
public record ColumnDeadline(String slot, String label, LocalDate due, ProgressStatus status, int missing,
                             int enteredLate) {
    /** Past its deadline with pupils still without a value: their empty cells are marked. */
    public boolean overdue() {
        return status == ProgressStatus.LATE;
    }
}
