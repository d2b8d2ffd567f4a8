package vn.sotruong.desktop.gradebook;

import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.gradebook.SheetRef;

/**
 * One entry cell of the grid (ô điểm) as its history and a correction minute need it.
 *
 * @param header the column's name as in the Excel files ("HK1 TX1")
 * @param shown the value as the grid shows it ("7,5"), empty when none is entered
 * @param mayDraft whether the signed-in person may enter this sheet (and so ask for a correction)
 */
public record CellTarget(long classId, SheetRef ref, long pupilId, String slot, ColumnKind kind, String pupilName,
                         String header, String shown, boolean locked, boolean mayDraft) {
}
