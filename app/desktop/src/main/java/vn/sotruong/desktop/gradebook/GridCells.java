package vn.sotruong.desktop.gradebook;

import java.util.HashMap;
import java.util.Map;
import vn.sotruong.core.assessment.tt22.SubjectOutcome;
import vn.sotruong.core.assessment.tt22.SubjectResult;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.ColumnLock;
import vn.sotruong.core.gradebook.Entry;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRow;
import vn.sotruong.desktop.common.Marks;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.gradebook.CellSaves.Draft;
import vn.sotruong.desktop.i18n.UiText;

/**
 * What one cell of the entry grid shows: the saved value, the refused text still to correct, the computed
 * average, or an empty cell overdue after its column's deadline — and, over any of them, the lock in force with
 * why (ô đã khóa).
 */
final class GridCells {
    private final UiText text;
    private final SheetDeadlines deadlines;
    private final Map<String, Draft> drafts;
    /** The locks in force on the sheet's columns, read with the sheet. */
    private final Map<String, ColumnLock> locks = new HashMap<>();

    GridCells(UiText text, SheetDeadlines deadlines, Map<String, Draft> drafts) {
        this.text = text;
        this.deadlines = deadlines;
        this.drafts = drafts;
    }

    void locks(Map<String, ColumnLock> inForce) {
        locks.clear();
        locks.putAll(inForce);
    }

    GridCell of(Sheet s, SheetRow r, GridColumn c) {
        if (c.computed()) {
            SubjectOutcome o = outcome(r.result(), c.key());
            return new GridCell(Marks.outcome(o, text), "", GridCell.State.COMPUTED,
                    o == null ? "" : text.explain(o.explanation()), false);
        }
        boolean canEdit = s.editable() && r.pupil().current();
        Draft d = drafts.get(CellSaves.cellKey(r.pupil().pupilId(), c.key()));
        if (d != null) {
            return new GridCell(d.text(), d.text(), GridCell.State.REFUSED, d.reason(), canEdit);
        }
        Entry e = r.cells().get(c.key());
        ColumnLock lock = locks.get(c.key());
        // an automatic lock guards what is entered: an empty cell may still be filled, as a late entry
        boolean locked = lock != null && (e != null || !lock.firstEntryAllowed());
        GridCell cell;
        if (e == null) {
            ColumnDeadline due = deadlines.of(c.key()).filter(ColumnDeadline::overdue).orElse(null);
            cell = due != null && r.pupil().current() && !exempt(r, c)
                    ? new GridCell("", "", GridCell.State.MISSING, text.t("gradebook.cell.overdue", text.date(due.due())),
                            canEdit)
                    : new GridCell("", "", GridCell.State.EMPTY, "", canEdit);
        } else {
            String shown = Marks.shown(c.kind(), e.value().text(), text);
            cell = new GridCell(shown, shown, GridCell.State.SAVED, text.t("gradebook.cell.entered", e.enteredBy(),
                    text.dateTime(e.enteredAt(), Session.SCHOOL_ZONE)), canEdit);
        }
        return locked ? cell.lockedBy(text.t("gradebook.cell.locked", text.code(lock.code(), lock.args().toArray())))
                : cell;
    }

    /** A pupil exempt from the whole subject in the column's term has nothing due there (Circular 22 Art 10). */
    private static boolean exempt(SheetRow r, GridColumn c) {
        String key = c.key();
        if (!key.matches("HK[12]\\..*")) {
            return false;
        }
        Entry mg = r.cells().get(ColumnLayout.exemption(key.charAt(2) - '0'));
        return mg != null && ColumnKind.EXEMPT_WHOLE.equals(mg.value().mark());
    }

    private static SubjectOutcome outcome(SubjectResult result, String key) {
        if (result == null) {
            return null;
        }
        return switch (key) {
            case "=HK1" -> result.hk1();
            case "=HK2" -> result.hk2();
            case "=CN" -> result.year();
            default -> null;
        };
    }
}
