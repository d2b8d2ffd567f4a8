package vn.sotruong.core.correction;

import vn.sotruong.core.gradebook.EntryKey;

/** One cell to correct: its value when the minute was drafted and the value asked for (canonical text, null = empty). */
public record CorrectionItem(EntryKey cell, String oldValue, String newValue) {
}
