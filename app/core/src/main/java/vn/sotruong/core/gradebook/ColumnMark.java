package vn.sotruong.core.gradebook;

/**
 * Một mức của một cột: one entered level of a column (T/H/C of a tiểu học subject, T/Đ/C of a quality, Đ/CĐ of a
 * subject assessed by comment), as stored, with the class the pupil is in now — what level counts count.
 */
public record ColumnMark(long classId, String item, String mark) {
}
