package vn.sotruong.desktop.lan;

import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.desktop.common.Marks;
import vn.sotruong.desktop.lan.WorkstationCell.State;

/**
 * Ô chưa gửi xong: an entry typed on this computer, not yet confirmed by the office PC — its sheet and cell, the
 * text, the version seen when editing began, and where it stands. Kept when another sheet is opened, and shown again
 * when its sheet is.
 */
public record UnsentEntry(long classId, String area, String item, long pupilId, String slot, ColumnKind kind,
                          String text, int seen, State state, String note) {
    /** The cell this entry is for, the same for every entry typed into it. */
    public String key() {
        return cellKey(classId, area, item, pupilId, slot);
    }

    UnsentEntry with(State s, String why) {
        return new UnsentEntry(classId, area, item, pupilId, slot, kind, text, seen, s, why);
    }

    /** Whether the other is this very entry (same text, same version seen), not one typed again since. */
    boolean sameEntry(UnsentEntry o) {
        return o != null && o.text.equals(text) && o.seen == seen;
    }

    CellEdit edit() {
        return new CellEdit(pupilId, slot, Marks.typed(kind, text), seen);
    }

    static String cellKey(long classId, String area, String item, long pupilId, String slot) {
        return classId + "/" + area + "/" + item + "|" + pupilId + "/" + slot;
    }
}
