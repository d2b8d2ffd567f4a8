package vn.sotruong.cli;

import java.util.List;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.pupil.ImportIssue;

/** Prints an import's report on stderr, a line an issue: where (sheet, row, column), then why, in the user's language. */
final class ImportReport {
    private ImportReport() {
    }

    /** Prints every issue; true when any of them is an error (nothing was imported). */
    static boolean print(CliContext ctx, List<ImportIssue> issues) {
        issues.forEach(i -> ctx.err().println(line(ctx, i)));
        return issues.stream().anyMatch(ImportIssue::isError);
    }

    static long errors(List<ImportIssue> issues) {
        return issues.stream().filter(ImportIssue::isError).count();
    }

    /** "HOCSINH, dòng 3, cột “Ngày sinh”: …". */
    private static String line(CliContext ctx, ImportIssue i) {
        String where = i.row() == 0 ? i.sheet()
                : i.column() == null ? ctx.text("pupils.import.atRow", i.sheet(), i.row())
                : ctx.text("pupils.import.atCell", i.sheet(), i.row(), i.column());
        Object[] args = i.value() == null ? new Object[0] : new Object[] {i.value()};
        String why = ctx.explain(new DomainException(i.code(), args));
        return ctx.text(i.isError() ? "pupils.import.error" : "pupils.import.warning", where, why);
    }
}
