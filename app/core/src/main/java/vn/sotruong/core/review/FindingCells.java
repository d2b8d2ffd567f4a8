package vn.sotruong.core.review;

import java.util.List;
import vn.sotruong.core.gradebook.EntryKey;
import vn.sotruong.core.gradebook.SheetRef;

/**
 * Các ô của một bất thường: where a finding leads in the Sổ điểm — a class's sheet and the cells it names (the late
 * cells, the blank cells, the cells a teacher changed); none for a finding about a whole sheet.
 */
public record FindingCells(long classId, SheetRef sheet, List<EntryKey> cells) {
    public FindingCells {
        cells = List.copyOf(cells);
    }
}
