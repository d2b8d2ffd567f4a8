package vn.sotruong.core.attendance;

import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of sheet DIEMDANH as text, before validation; {@link AttendanceService#importMarks}
 * judges it.
 *
 * @param row the row number as the spreadsheet shows it (data starts at 2)
 */
public record AttendanceRow(int row, Map<AttendanceColumn, String> values) {
    public AttendanceRow {
        EnumMap<AttendanceColumn, String> copy = new EnumMap<>(AttendanceColumn.class);
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                copy.put(k, v.strip());
            }
        });
        values = Map.copyOf(copy);
    }

    /** The cell's text, or null when blank. */
    public String get(AttendanceColumn column) {
        return values.get(column);
    }
}
