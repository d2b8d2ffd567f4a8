package vn.sotruong.data.gradebook.xlsx;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.sotruong.core.assessment.tt22.Tt22RuleSet;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.ClassResults;
import vn.sotruong.core.gradebook.GradebookService;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.security.Actor;

/**
 * Xuất kết quả: a class's results as computed now, in sheet {@code KETQUA} (INTERFACES.md "Results export"),
 * written with POI's streaming workbook. Averages are numeric cells shown with one decimal ({@code 0.0}), so a
 * spreadsheet can sum and sort them and the text shown is the register's; whole numbers are numeric too.
 */
public final class ResultsXlsxExporter {
    public static final String SHEET = "KETQUA";

    private final GradebookService gradebook;
    private final ResultsService results;

    public ResultsXlsxExporter(GradebookService gradebook, ResultsService results) {
        this.gradebook = gradebook;
        this.results = results;
    }

    /** Writes the class's KETQUA to {@code out} and returns the number of pupils written. */
    public int export(Actor actor, long classId, Path out) {
        ClassResults r = results.classResults(actor, classId);
        XlsxTable table;
        if (r.book().rules() instanceof Tt22RuleSet) {
            table = Tt22Results.table(r, gradebook.sheet(actor, classId, SheetRef.conduct()));
        } else {
            Map<String, Sheet> subjects = new LinkedHashMap<>();
            for (Subject s : r.book().subjects()) {
                subjects.put(s.code(), gradebook.sheet(actor, classId, SheetRef.subject(s.code())));
            }
            table = Tt27Results.table(r, subjects, gradebook.sheet(actor, classId, SheetRef.qualities()));
        }
        XlsxTables.write(Map.of(SHEET, table), out);
        return table.rows().size();
    }
}
