package vn.sotruong.core.correction;

import vn.sotruong.core.gradebook.SheetRef;

/** A cell a teacher asks to correct, with the new value as typed ("7,5", "Đ", "Khá"; blank = clear). */
public record CorrectionRequest(long pupilId, SheetRef sheet, String slot, String newText) {
}
