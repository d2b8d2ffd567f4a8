package vn.sotruong.desktop.gradebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sotruong.core.deadline.ProgressLine;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.desktop.common.Session;

/**
 * The deadlines of the sheet in the grid (what is due, late or missing), read from the entry-progress service
 * for the signed-in person each time the sheet is loaded or saved.
 */
final class SheetDeadlines {
    private final Session session;
    private final Map<String, ColumnDeadline> bySlot = new HashMap<>();
    private final List<ColumnDeadline> ordered = new ArrayList<>();

    SheetDeadlines(Session session) {
        this.session = session;
    }

    /** Reads the deadlines of the sheet; a refusal leaves none (the grid itself says why it is refused). */
    void read(Sheet sheet) {
        bySlot.clear();
        ordered.clear();
        if (sheet == null) {
            return;
        }
        List<ProgressLine> lines;
        try {
            lines = session.services().progress().sheetProgress(session.actor(),
                    sheet.book().schoolClass().id(), sheet.ref(), session.today());
        } catch (RuntimeException e) {
            return;
        }
        Map<String, Column> byHeader = new HashMap<>();
        sheet.columns().forEach(c -> byHeader.put(c.header(), c));
        for (ProgressLine l : lines) {
            Column c = byHeader.get(l.header());
            if (c != null) {
                ColumnDeadline d = new ColumnDeadline(c.slot(), shortLabel(c), l.due(), l.status(), l.missing(),
                        l.enteredLate());
                bySlot.put(c.slot(), d);
                ordered.add(d);
            }
        }
    }

    Optional<ColumnDeadline> of(String slot) {
        return Optional.ofNullable(bySlot.get(slot));
    }

    /** The deadlines of the grid's columns, in the grid's order. */
    List<ColumnDeadline> of(List<GridColumn> shown) {
        List<ColumnDeadline> out = new ArrayList<>();
        shown.forEach(c -> of(c.key()).ifPresent(out::add));
        return out;
    }

    /** "HK1 TX1" → "TX1"; "YEUNUOC GHK1" stays whole. */
    private static String shortLabel(Column c) {
        String h = c.header();
        return h.matches("HK[12] .*") ? h.substring(4) : h;
    }
}
