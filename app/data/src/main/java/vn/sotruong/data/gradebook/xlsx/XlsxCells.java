package vn.sotruong.data.gradebook.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/** A cell's value as text for the gradebook: numbers written plainly ("7.5", "10"), text as typed. */
final class XlsxCells {
    private XlsxCells() {
    }

    static String text(Row row, int column) {
        return row == null ? "" : text(row.getCell(column));
    }

    /**
     * The text the gradebook parses. A numeric cell gives its exact decimal value without trailing zeros, so a
     * cell holding 7.55 is refused for its second decimal whatever format shows it; a formula gives its last
     * computed value.
     */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case ERROR -> "#" + cell.getErrorCellValue();
            default -> "";
        };
    }
}
