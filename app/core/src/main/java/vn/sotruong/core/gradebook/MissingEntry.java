package vn.sotruong.core.gradebook;

/** A required cell not entered yet: the pupil, the sheet and the column header. */
public record MissingEntry(long pupilId, String pupilCode, SheetRef sheet, String header) {
}
