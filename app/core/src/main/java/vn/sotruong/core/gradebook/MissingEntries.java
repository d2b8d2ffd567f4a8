package vn.sotruong.core.gradebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.tt22.Tt22RuleSet;
import vn.sotruong.core.curriculum.Subject;

/** Finds required cells not entered for a period; a subject exempt for a term needs nothing in that term. */
final class MissingEntries {
    private MissingEntries() {
    }

    static List<MissingEntry> find(ClassBook book, Map<Long, List<Entry>> entries, ResultPeriod period) {
        int grade = book.schoolClass().grade();
        boolean tt22 = book.rules() instanceof Tt22RuleSet;
        List<MissingEntry> missing = new ArrayList<>();
        for (RosterRow r : book.roster()) {
            if (!r.current()) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (Entry e : entries.getOrDefault(r.pupilId(), List.of())) {
                cells.put(e.key().area().code() + "/" + e.key().item() + "/" + e.slot(), e.value().text());
            }
            for (Subject s : book.subjects()) {
                SheetRef ref = SheetRef.subject(s.code());
                List<Column> cols = tt22 ? ColumnLayout.tt22Subject((Tt22RuleSet) book.rules(), s, grade)
                        : ColumnLayout.tt27Subject(s.code(), grade);
                check(r, ref, cols, cells, period, missing);
            }
            SheetRef other = tt22 ? SheetRef.conduct() : SheetRef.qualities();
            check(r, other, tt22 ? ColumnLayout.tt22Conduct() : ColumnLayout.tt27Qualities(), cells, period, missing);
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
