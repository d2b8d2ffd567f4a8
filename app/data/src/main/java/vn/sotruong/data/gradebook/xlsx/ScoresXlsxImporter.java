package vn.sotruong.data.gradebook.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.CellProblem;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.EntriesRefused;
import vn.sotruong.core.gradebook.GradebookService;
import vn.sotruong.core.gradebook.SaveResult;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.security.Actor;

/**
 * Nhập điểm từ Excel: reads a class's scores workbook and saves every sheet in one transaction through
 * {@link GradebookService#saveAll} — all or nothing. Problems with the file (sheets, headers, pupils) and every
 * cell the gradebook refuses come back as one report, each named by sheet, row and column.
 */
public final class ScoresXlsxImporter {
    private final GradebookService gradebook;

    public ScoresXlsxImporter(GradebookService gradebook) {
        this.gradebook = gradebook;
    }

    public ScoresImportResult importFile(Actor actor, long classId, Path file) {
        ClassBook book = gradebook.classBook(actor, classId);
        ScoresWorkbook read;
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            read = new ScoresWorkbookReader(book, ref -> gradebook.columns(book, ref)).read(wb);
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI signals a file that is not a workbook with several unchecked exceptions
            return refused(List.of(ScoresIssue.error(CellSource.sheet(null), "scores.import.fileUnreadable",
                    String.valueOf(e.getMessage()))));
        }
        List<ScoresIssue> issues = new ArrayList<>(read.issues());
        checkWhoMayEnter(actor, book, read, issues);
        if (issues.stream().anyMatch(ScoresIssue::isError)) {
            return refused(issues);
        }
        Map<SheetRef, List<CellEdit>> edits = read.edits();
        try {
            List<SaveResult> saved = gradebook.saveAll(actor, classId, edits, Via.IMPORT);
            int changed = saved.stream().mapToInt(r -> r.changed().size()).sum();
            return new ScoresImportResult(changed, edits.size(), issues);
        } catch (EntriesRefused e) {
            for (CellProblem p : e.problems()) {
                CellSource at = p.sheet() == null ? null : read.source(p.sheet(), p.pupilId(), p.slot()).orElse(null);
                issues.add(ScoresIssue.error(at != null ? at : CellSource.sheet(p.sheet() == null ? null
                        : ScoresXlsx.sheetName(p.sheet())), p.code(), p.args().toArray()));
            }
            return refused(issues);
        }
    }

    /**
     * The gradebook checks who may write each sheet; checked here first, sheet by sheet, so the report names every
     * sheet the person may not enter (a subject teacher importing a whole class's workbook) instead of the first.
     */
    private void checkWhoMayEnter(Actor actor, ClassBook book, ScoresWorkbook read, List<ScoresIssue> issues) {
        long classId = book.schoolClass().id();
        for (SheetRef ref : read.edits().keySet()) {
            if (!gradebook.sheet(actor, classId, ref).editable()) {
                for (String sheet : read.sheetNames(ref)) {
                    issues.add(ScoresIssue.error(CellSource.sheet(sheet), "scores.import.notYourSheet",
                            ScoresXlsx.sheetName(ref), book.schoolClass().name()));
                }
            }
        }
    }

    private static ScoresImportResult refused(List<ScoresIssue> issues) {
        return new ScoresImportResult(0, 0, issues);
    }
}
