package vn.sotruong.desktop.gradebook;

/**
 * What one cell of the entry grid shows.
 *
 * @param shown the text in the cell ("7,5", "Tốt", or what was typed when it was refused)
 * @param editText the text an edit starts from
 * @param note why the cell is what it is: who entered it, the refusal, the average's working
 */
public record GridCell(String shown, String editText, State state, String note, boolean editable) {
    public static final GridCell BLANK = new GridCell("", "", State.EMPTY, "", false);

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
