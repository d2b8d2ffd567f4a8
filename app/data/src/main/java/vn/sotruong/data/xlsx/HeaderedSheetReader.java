package vn.sotruong.data.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.sotruong.core.common.SheetColumn;
import vn.sotruong.core.common.VietnameseText;
import vn.sotruong.core.pupil.ImportIssue;
import vn.sotruong.core.pupil.ImportIssue.Severity;

/**
 * Reads one sheet of an import workbook (INTERFACES.md "Excel files"): row 1 holds the headers,
 * matched exactly (NFC) in any order, unknown ones only a warning; data from row 2 as text, date cells
 * as {@code dd/MM/yyyy}; rows with nothing in the known columns skipped. Whether a value is acceptable
 * is the service's judgement, not the reader's.
 *
 * @param <C> the sheet's columns
 */
public final class HeaderedSheetReader<C extends Enum<C> & SheetColumn> {
    /** A data row: its number as the spreadsheet shows it, and its non-blank cells by column. */
    public record Line<C extends Enum<C>>(int row, Map<C, String> values) {
    }

    /** The data rows and the problems with the file itself (unreadable, no sheet, headers). */
    public record Result<C extends Enum<C>>(List<Line<C>> rows, List<ImportIssue> issues) {
        public Result {
            rows = List.copyOf(rows);
            issues = List.copyOf(issues);
        }
    }

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    private final Class<C> type;
    private final String sheetName;

    public HeaderedSheetReader(Class<C> type, String sheetName) {
        this.type = type;
        this.sheetName = sheetName;
    }

    public Result<C> read(Path file) {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = wb.getSheet(sheetName);
            if (sheet == null) {
                return fileError("pupil.import.sheetMissing", sheetName);
            }
            return read(sheet);
        } catch (IOException | RuntimeException e) {
            // POI signals a file that is not a workbook with several unchecked exceptions
            return fileError("pupil.import.fileUnreadable", String.valueOf(e.getMessage()));
        }
    }

    private Result<C> read(Sheet sheet) {
        List<ImportIssue> issues = new ArrayList<>();
        Map<Integer, C> columns = headers(sheet.getRow(0), issues);
        if (issues.stream().anyMatch(ImportIssue::isError)) {
            return new Result<>(List.of(), issues);
        }
        List<Line<C>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<C, String> values = new EnumMap<>(type);
            columns.forEach((index, column) -> {
                String v = text(row.getCell(index));
                if (!v.isBlank()) {
                    values.put(column, v);
                }
            });
            // a row with nothing in the known columns is a blank line, not data
            if (!values.isEmpty()) {
                rows.add(new Line<>(r + 1, values));
            }
        }
        return new Result<>(rows, issues);
    }

    private Map<Integer, C> headers(Row headerRow, List<ImportIssue> issues) {
        Map<Integer, C> columns = new HashMap<>();
        Map<C, Integer> seen = new EnumMap<>(type);
        if (headerRow != null) {
            for (Cell cell : headerRow) {
                String text = VietnameseText.nfc(text(cell));
                if (text.isEmpty()) {
                    continue;
                }
                Optional<C> column = SheetColumn.ofHeader(type, text);
                if (column.isEmpty()) {
                    issues.add(new ImportIssue(Severity.WARNING, sheetName, 1, text, "pupil.import.unknownColumn", text));
                } else if (seen.putIfAbsent(column.get(), cell.getColumnIndex()) != null) {
                    issues.add(new ImportIssue(Severity.ERROR, sheetName, 1, text, "pupil.import.duplicateHeader", text));
                } else {
                    columns.put(cell.getColumnIndex(), column.get());
                }
            }
        }
        for (C c : type.getEnumConstants()) {
            if (c.required() && !seen.containsKey(c)) {
                issues.add(new ImportIssue(Severity.ERROR, sheetName, 1, c.header(), "pupil.import.headerMissing",
                        c.header()));
            }
        }
        return columns;
    }

    /** A cell as the user sees it; a date cell as dd/MM/yyyy whatever its display format. */
    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (t == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DMY);
        }
        if (t == CellType.STRING) {
            return cell.getStringCellValue().strip();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private Result<C> fileError(String code, String value) {
        return new Result<>(List.of(), List.of(new ImportIssue(Severity.ERROR, sheetName, 0, null, code, value)));
    }
}
