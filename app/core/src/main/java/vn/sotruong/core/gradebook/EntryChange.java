package vn.sotruong.core.gradebook;

import java.time.Instant;

/**
 * One change of a cell, kept for the correction minutes and the review: old and new value as canonical
 * text (null = not entered), who, when, and how it came ({@code GRID}, {@code IMPORT}, {@code CLI}).
 */
public record EntryChange(EntryKey key, String oldValue, String newValue, String changedBy, Instant changedAt,
                          String via) {
}
