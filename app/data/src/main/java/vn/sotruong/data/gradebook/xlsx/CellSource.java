package vn.sotruong.data.gradebook.xlsx;

/**
 * Where something was read in a workbook: the sheet, the row as Excel numbers it (1 = headers, 0 = the whole
 * sheet), the column's header (null when not about one column) and the cell's text (null when none).
 */
record CellSource(String sheet, int row, String column, String text) {
    static CellSource sheet(String sheet) {
        return new CellSource(sheet, 0, null, null);
    }

    static CellSource header(String sheet, String column) {
        return new CellSource(sheet, 1, column, null);
    }
}
