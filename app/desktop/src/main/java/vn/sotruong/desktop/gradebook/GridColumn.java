package vn.sotruong.desktop.gradebook;

import vn.sotruong.core.gradebook.ColumnKind;

/**
 * A column of the entry grid (cột của sổ điểm): an entry column of the sheet, keyed by its slot
 * ({@code HK1.TX1}), or a computed one (ĐTBmhk, ĐTBmcn), keyed {@code =HK1}, {@code =CN}.
 *
 * @param group the header above this one (a Circular 27 point "Giữa HK I"), or null
 * @param description what the column holds, in words, for the line under the grid
 * @param kind what an entry column holds; null for a computed column
 */
public record GridColumn(String key, String group, String header, String description, ColumnKind kind,
                         double width) {
    public static final String COMPUTED = "=";

    public boolean computed() {
        return kind == null;
    }

    /** The computed column of a term ({@code =HK1}) or of the year ({@code =CN}). */
    public static String computedKey(String period) {
        return COMPUTED + period;
    }
}
