package vn.sotruong.desktop.lan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.server.wire.Wire.CellView;
import vn.sotruong.server.wire.Wire.RowView;
import vn.sotruong.server.wire.Wire.SheetView;

/** Tra cứu trong sổ: finding a cell, a column's kind, and putting saved rows into a sheet the office PC sent. */
final class SheetViews {
    private SheetViews() {
    }

    /** The kind of the sheet's column with this slot, or null (no sheet, or no such column). */
    static ColumnKind kind(SheetView v, String slot) {
        return v == null ? null : v.columns().stream().filter(c -> c.slot().equals(slot)).findFirst()
                .map(c -> ColumnKind.valueOf(c.kind())).orElse(null);
    }

    /** The cell of a pupil's row, or null when empty. */
    static CellView cell(SheetView v, long pupilId, String slot) {
        return v == null ? null : v.rows().stream().filter(r -> r.pupilId() == pupilId).findFirst()
                .map(r -> r.cells().get(slot)).orElse(null);
    }

    /** The sheet with the rows a save answered (their cells and new versions) in place of the old ones. */
    static SheetView withRows(SheetView v, List<RowView> saved) {
        Map<Long, RowView> byPupil = new HashMap<>();
        saved.forEach(r -> byPupil.put(r.pupilId(), r));
        return new SheetView(v.classId(), v.className(), v.area(), v.item(), v.editable(), v.columns(),
                v.rows().stream().map(r -> byPupil.getOrDefault(r.pupilId(), r)).toList(), v.changes());
    }
}
