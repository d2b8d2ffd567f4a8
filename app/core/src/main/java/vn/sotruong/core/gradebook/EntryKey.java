package vn.sotruong.core.gradebook;

/**
 * One cell of the gradebook for a school year: a pupil, an area, an item (subject or quality code,
 * {@link Area#NO_ITEM} for conduct) and a slot (the column: {@code HK1.TX1}, {@code CN.MUC}, …).
 */
public record EntryKey(long pupilId, Area area, String item, String slot) {
}
