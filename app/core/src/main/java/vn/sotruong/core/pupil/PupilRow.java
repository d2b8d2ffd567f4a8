package vn.sotruong.core.pupil;

import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of sheet HOCSINH as text, before validation: the reader turns date cells into
 * {@code dd/MM/yyyy} and leaves every judgement to {@link PupilService#importPupils}, so the rules
 * live in one place whatever the file format.
 *
 * @param row the row number as the spreadsheet shows it (data starts at 2)
 */
public record PupilRow(int row, Map<PupilColumn, String> values) {
    public PupilRow {
        EnumMap<PupilColumn, String> copy = new EnumMap<>(PupilColumn.class);
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                copy.put(k, v.strip());
            }
        });
        values = Map.copyOf(copy);
    }

    /** The cell's text, or null when blank (blank means "not entered"). */
    public String get(PupilColumn column) {
        return values.get(column);
    }
}
