package vn.sotruong.core.pupil;

/**
 * One line of an import report: where (sheet, row, column) and why (a message code, translated by
 * the caller). Row 0 means the whole file or sheet.
 *
 * @param column the header text, or null when the problem is not about one column
 * @param value the offending cell text or another detail for the message ({0}), may be null
 */
public record ImportIssue(Severity severity, String sheet, int row, String column, String code, String value) {
    /** Errors stop the import; warnings (an unknown column) are reported and the import goes on. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public static ImportIssue error(int row, PupilColumn column, String code, String value) {
        return new ImportIssue(Severity.ERROR, PupilColumn.SHEET, row, column == null ? null : column.header(), code,
                value);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
