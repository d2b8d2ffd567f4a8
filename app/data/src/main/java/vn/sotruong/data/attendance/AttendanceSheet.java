package vn.sotruong.data.attendance;

import java.util.List;
import vn.sotruong.core.attendance.AttendanceRow;
import vn.sotruong.core.pupil.ImportIssue;

/** What {@link AttendanceXlsxImporter} read from sheet DIEMDANH: the rows as text and the file's own problems. */
public record AttendanceSheet(List<AttendanceRow> rows, List<ImportIssue> issues) {
    public AttendanceSheet {
        rows = List.copyOf(rows);
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::isError);
    }
}
