package vn.sotruong.core.gradebook;

/**
 * A column of a gradebook sheet.
 *
 * @param slot the stored slot ({@code HK1.TX2})
 * @param header the column's header as the Excel files name it ({@code HK1 TX2}, {@code CN Mức})
 * @param term 1 or 2 for a term's column, 0 for the year (summer re-assessment)
 * @param required whether the column must be filled for results to be computed
 */
public record Column(String slot, ColumnKind kind, String header, int term, boolean required) {
}
