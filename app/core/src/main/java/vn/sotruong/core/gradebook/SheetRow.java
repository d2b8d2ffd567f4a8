package vn.sotruong.core.gradebook;

import java.util.Map;
import java.util.Optional;
import vn.sotruong.core.assessment.tt22.SubjectResult;

/** One pupil's line of a sheet: the entered cells by slot and, for a Circular 22 subject, its computed results. */
public record SheetRow(RosterRow pupil, Map<String, Entry> cells, SubjectResult result) {
    public SheetRow {
        cells = Map.copyOf(cells);
    }

    public Optional<Entry> cell(String slot) {
        return Optional.ofNullable(cells.get(slot));
    }

    /** The cell's canonical text, or null when not entered. */
    public String text(String slot) {
        Entry e = cells.get(slot);
        return e == null ? null : e.value().text();
    }

    public int version(String slot) {
        Entry e = cells.get(slot);
        return e == null ? 0 : e.version();
    }
}
