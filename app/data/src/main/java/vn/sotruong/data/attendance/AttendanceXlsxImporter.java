package vn.sotruong.data.attendance;

import java.nio.file.Path;
import vn.sotruong.core.attendance.AttendanceColumn;
import vn.sotruong.core.attendance.AttendanceRow;
import vn.sotruong.data.xlsx.HeaderedSheetReader;

/**
 * Reads sheet {@code DIEMDANH} of an attendance workbook (INTERFACES.md: {@code Ngày}, {@code Buổi},
 * {@code Mã học sinh}, {@code Loại}) into text rows; {@code AttendanceService.importMarks} judges them.
 */
public final class AttendanceXlsxImporter {
    private final HeaderedSheetReader<AttendanceColumn> reader = new HeaderedSheetReader<>(AttendanceColumn.class,
            AttendanceColumn.SHEET);

    public AttendanceSheet read(Path file) {
        HeaderedSheetReader.Result<AttendanceColumn> r = reader.read(file);
        return new AttendanceSheet(r.rows().stream().map(l -> new AttendanceRow(l.row(), l.values())).toList(),
                r.issues());
    }
}
