package vn.sotruong.core.gradebook;

/** How an entry reached the gradebook, kept in its history. */
public enum Via {
    /** Typed (or pasted) into the entry grid. */
    GRID,
    /** Read from an Excel file. */
    IMPORT,
    /** Written by an approved correction minute (biên bản sửa chữa điểm). */
    CORRECTION
}
