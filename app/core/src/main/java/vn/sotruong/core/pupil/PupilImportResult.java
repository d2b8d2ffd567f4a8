package vn.sotruong.core.pupil;

import java.util.List;

/**
 * What an import did: the number of pupils added (0 when any error was found — imports are
 * all-or-nothing) and the report, errors and warnings in sheet-row order.
 */
public record PupilImportResult(int imported, List<ImportIssue> issues) {
    public PupilImportResult {
        issues = List.copyOf(issues);
    }

    public boolean refused() {
        return issues.stream().anyMatch(ImportIssue::isError);
    }
}
