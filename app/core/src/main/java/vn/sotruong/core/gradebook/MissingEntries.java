package vn.sotruong.core.gradebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds required cells not entered for a period; a subject exempt for a term needs nothing in that term. */
final class MissingEntries {
    private MissingEntries() {
    }

    static List<MissingEntry> find(ClassBook book, Map<Long, List<Entry>> entries, ResultPeriod period) {
        List<MissingEntry> missing = new ArrayList<>();
        for (RosterRow r : book.roster()) {
            if (!r.current()) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (Entry e : entries.getOrDefault(r.pupilId(), List.of())) {
                cells.put(e.key().area().code() + "/" + e.key().item() + "/" + e.slot(), e.value().text());
            }
            for (SheetRef ref : book.sheets()) {
                check(r, ref, ColumnLayout.forSheet(book, ref), cells, period, missing);
            }
        }
        return missing;
    }

    private static void check(RosterRow r, SheetRef ref, List<Column> cols, Map<String, String> cells,
                              ResultPeriod period, List<MissingEntry> missing) {
        String prefix = ref.area().code() + "/" + ref.item() + "/";
        for (Column c : cols) {
            if (!c.required() || !period.covers(c.term())) {
                continue;
            }
            boolean exempt = ColumnKind.EXEMPT_WHOLE.equals(cells.get(prefix + ColumnLayout.exemption(c.term())));
            if (!exempt && cells.get(prefix + c.slot()) == null) {
                missing.add(new MissingEntry(r.pupilId(), r.pupil().code(), ref, c.header()));
            }
        }
    }
}
