package vn.sotruong.core.attendance;

import java.util.List;
import vn.sotruong.core.pupil.ImportIssue;

/**
 * What an attendance import did: the marks stored and the days (day and session) whose record it
 * replaced — both 0 when any error was found, imports being all-or-nothing — and the report.
 */
public record AttendanceImportResult(int marks, int days, List<ImportIssue> issues) {
    public AttendanceImportResult {
        issues = List.copyOf(issues);
    }

    public boolean refused() {
        return issues.stream().anyMatch(ImportIssue::isError);
    }
}
