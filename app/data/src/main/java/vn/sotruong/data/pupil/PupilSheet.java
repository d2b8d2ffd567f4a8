package vn.sotruong.data.pupil;

import java.util.List;
import vn.sotruong.core.pupil.ImportIssue;
import vn.sotruong.core.pupil.PupilRow;

/**
 * What {@link PupilXlsxImporter} read from sheet HOCSINH: the data rows as text, and the problems
 * with the file itself (unreadable, no sheet, a required header missing — errors; an unknown
 * column — a warning).
 */
public record PupilSheet(List<PupilRow> rows, List<ImportIssue> issues) {
    public PupilSheet {
        rows = List.copyOf(rows);
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::isError);
    }
}
