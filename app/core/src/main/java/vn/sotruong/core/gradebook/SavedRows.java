package vn.sotruong.core.gradebook;

import java.util.List;

/**
 * Các dòng vừa lưu: what a save from a workstation changed, and the rows of the pupils it touched as they now stand
 * (their cells and, for a Circular 22 subject, their averages) — not the whole sheet.
 */
public record SavedRows(List<Entry> changed, List<SheetRow> rows) {
    public SavedRows {
        changed = List.copyOf(changed);
        rows = List.copyOf(rows);
    }
}
