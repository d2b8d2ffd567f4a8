package vn.sotruong.desktop.gradebook;

/**
 * What one cell of the entry grid shows.
 *
 * @param shown the text in the cell ("7,5", "Tốt", or what was typed when it was refused)
 * @param editText the text an edit starts from
 * @param note why the cell is what it is: who entered it, the refusal, the average's working
 * @param lock why the cell is locked (ô đã khóa: the decision or the deadline), null when it is not
 */
public record GridCell(String shown, String editText, State state, String note, boolean editable, String lock) {
    public static final GridCell BLANK = new GridCell("", "", State.EMPTY, "", false);

    public GridCell(String shown, String editText, State state, String note, boolean editable) {
        this(shown, editText, state, note, editable, null);
    }

    public boolean locked() {
        return lock != null;
    }

    /** The same cell, locked for the given reason: read-only, the reason first in its note. */
    public GridCell lockedBy(String why) {
        return new GridCell(shown, editText, state, note.isEmpty() ? why : why + "\n" + note, false, why);
    }

    /** How a cell looks: refused cells are red and not saved; computed cells are grey. */
    public enum State {
        EMPTY,
        SAVED,
        /** Typed or pasted, refused by the service, not saved: the text stays so nothing is lost. */
        REFUSED,
        COMPUTED,
        /** Empty after the column's deadline: the pupil's value is overdue. */
        MISSING
    }
}
