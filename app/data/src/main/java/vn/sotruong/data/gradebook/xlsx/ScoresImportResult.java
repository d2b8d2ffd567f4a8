package vn.sotruong.data.gradebook.xlsx;

import java.util.List;

/**
 * What a scores import did: the cells changed (0 when any error was found — imports are all or nothing), the
 * sheets of the book they were on, and the report, errors and warnings.
 */
public record ScoresImportResult(int changed, int sheets, List<ScoresIssue> issues) {
    public ScoresImportResult {
        issues = List.copyOf(issues);
    }

    public boolean refused() {
        return issues.stream().anyMatch(ScoresIssue::isError);
    }

    public long errors() {
        return issues.stream().filter(ScoresIssue::isError).count();
    }
}
