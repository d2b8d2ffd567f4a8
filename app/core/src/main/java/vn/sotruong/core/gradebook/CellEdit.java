package vn.sotruong.core.gradebook;

/**
 * A change typed into a cell or read from a file: the text as typed (blank clears the cell) and the
 * version of the cell the person saw ({@code null}: do not check, as for an import that replaces).
 */
public record CellEdit(long pupilId, String slot, String text, Integer seenVersion) {
    public static CellEdit of(long pupilId, String slot, String text) {
        return new CellEdit(pupilId, slot, text, null);
    }
}
