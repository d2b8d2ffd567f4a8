package vn.sotruong.core.gradebook;

import java.math.BigDecimal;

/**
 * Một điểm của một cột: one entered score of a subject's column (a TX, GK, CK or a tiểu học test), with the class the
 * pupil is in now — what a distribution of that column counts.
 */
public record ColumnScore(long classId, String subject, BigDecimal score) {
}
