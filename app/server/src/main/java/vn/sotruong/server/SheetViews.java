package vn.sotruong.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.tt22.SubjectOutcome;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnLock;
import vn.sotruong.core.gradebook.Entry;
import vn.sotruong.core.gradebook.OpenableBook;
import vn.sotruong.core.gradebook.SavedRows;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRow;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.server.wire.Wire.BookView;
import vn.sotruong.server.wire.Wire.BooksAnswer;
import vn.sotruong.server.wire.Wire.CellView;
import vn.sotruong.server.wire.Wire.ColumnView;
import vn.sotruong.server.wire.Wire.OutcomeView;
import vn.sotruong.server.wire.Wire.RowResultView;
import vn.sotruong.server.wire.Wire.RowView;
import vn.sotruong.server.wire.Wire.SheetChoiceView;
import vn.sotruong.server.wire.Wire.SaveAnswer;
import vn.sotruong.server.wire.Wire.SheetView;

/**
 * A gradebook sheet and the books a person may open as the LAN protocol carries them; the workstation grid reads
 * the same shapes from its own store when it is not connected (desktop {@code LocalGradebook}).
 */
public final class SheetViews {
    private SheetViews() {
    }

    /** The sheet with {@code changes}, the sheet's change counter read before it (so a later change is never missed). */
    public static SheetView of(Sheet sheet, long changes, Messages messages) {
        List<ColumnView> columns = sheet.columns().stream()
                .map(c -> column(c, sheet.locks().get(c.slot()), messages)).toList();
        List<RowView> rows = sheet.rows().stream().map(SheetViews::row).toList();
        return new SheetView(sheet.book().schoolClass().id(), sheet.book().schoolClass().name(), sheet.ref().area().name(),
                sheet.ref().item(), sheet.editable(), columns, rows, changes);
    }

    /** The books of {@code year} (its label) the person may open. */
    public static BooksAnswer books(String year, List<OpenableBook> books) {
        return new BooksAnswer(year, books.stream().map(b -> new BookView(b.schoolClass().id(), b.schoolClass().name(),
                b.schoolClass().grade(), b.sheets().stream().map(c -> new SheetChoiceView(c.ref().area().name(),
                        c.ref().item(), c.subjectName(), c.editable())).toList())).toList());
    }

    private static ColumnView column(Column c, ColumnLock lock, Messages messages) {
        return new ColumnView(c.slot(), c.kind().name(), c.header(), c.term(), c.required(),
                lock == null ? null : messages.get(lock.code(), lock.args().toArray()));
    }

    /** The rows a save touched, with their averages (Circular 22 subjects). */
    static SaveAnswer saved(SavedRows saved) {
        List<RowView> rows = saved.rows().stream().map(SheetViews::row).toList();
        List<RowResultView> results = saved.rows().stream().filter(r -> r.result() != null)
                .map(r -> new RowResultView(r.pupil().pupilId(), outcome(r.result().hk1()), outcome(r.result().hk2()),
                        outcome(r.result().year()))).toList();
        return new SaveAnswer(saved.changed().size(), rows, results);
    }

    private static OutcomeView outcome(SubjectOutcome o) {
        return o == null ? null : new OutcomeView(o.status().name(),
                o.average() == null ? null : o.average().toPlainString(),
                o.comment() == null ? null : o.comment().name(), o.missing());
    }

    static RowView row(SheetRow r) {
        Map<String, CellView> cells = new LinkedHashMap<>();
        for (Entry e : r.cells().values()) {
            cells.put(e.slot(), new CellView(e.value().text(), e.version(), e.enteredBy()));
        }
        return new RowView(r.pupil().pupilId(), r.pupil().pupil().code(), r.pupil().pupil().fullName(),
                r.pupil().current(), cells);
    }
}
