package vn.sotruong.data.gradebook.xlsx;

import java.util.List;

/**
 * One line of a scores-import report: where (sheet, row, column header, the cell's text) and why (a message
 * code with its arguments, translated by the caller). Row 0 means the whole sheet or file.
 */
public record ScoresIssue(Severity severity, String sheet, int row, String column, String value, String code,
                          List<Object> args) {
    /** Errors stop the import; warnings (an unknown column or sheet) are reported and the import goes on. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public ScoresIssue {
        args = List.copyOf(args);
    }

    static ScoresIssue error(CellSource at, String code, Object... args) {
        return new ScoresIssue(Severity.ERROR, at.sheet(), at.row(), at.column(), at.text(), code, List.of(args));
    }

    static ScoresIssue warning(CellSource at, String code, Object... args) {
        return new ScoresIssue(Severity.WARNING, at.sheet(), at.row(), at.column(), at.text(), code, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
