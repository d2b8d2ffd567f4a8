package vn.sotruong.data.pupil;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.sotruong.core.common.VietnameseText;
import vn.sotruong.core.pupil.ImportIssue;
import vn.sotruong.core.pupil.ImportIssue.Severity;
import vn.sotruong.core.pupil.PupilColumn;
import vn.sotruong.core.pupil.PupilRow;

/**
 * Reads sheet {@code HOCSINH} of a pupil-list workbook (INTERFACES.md) into text rows. Headers are
 * matched exactly (NFC), in any order; date cells become {@code dd/MM/yyyy}; whether a value is
 * acceptable is decided by {@code PupilService.importPupils}, not here.
 */
public final class PupilXlsxImporter {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);

    public PupilSheet read(Path file) {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = wb.getSheet(PupilColumn.SHEET);
            if (sheet == null) {
                return fileError("pupil.import.sheetMissing", PupilColumn.SHEET);
            }
            return read(sheet);
        } catch (IOException | RuntimeException e) {
            // POI signals a file that is not a workbook with several unchecked exceptions
            return fileError("pupil.import.fileUnreadable", String.valueOf(e.getMessage()));
        }
    }

    private PupilSheet read(Sheet sheet) {
        List<ImportIssue> issues = new ArrayList<>();
        Map<Integer, PupilColumn> columns = headers(sheet.getRow(0), issues);
        if (issues.stream().anyMatch(ImportIssue::isError)) {
            return new PupilSheet(List.of(), issues);
        }
        List<PupilRow> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<PupilColumn, String> values = new EnumMap<>(PupilColumn.class);
            columns.forEach((index, column) -> {
                String v = text(row.getCell(index));
                if (!v.isBlank()) {
                    values.put(column, v);
                }
            });
            // a row with nothing in the known columns is a blank line, not a pupil
            if (!values.isEmpty()) {
                rows.add(new PupilRow(r + 1, values));
            }
        }
        return new PupilSheet(rows, issues);
    }

    private Map<Integer, PupilColumn> headers(Row header, List<ImportIssue> issues) {
        Map<Integer, PupilColumn> columns = new HashMap<>();
        Map<PupilColumn, Integer> seen = new EnumMap<>(PupilColumn.class);
        if (header != null) {
            for (Cell cell : header) {
                String text = VietnameseText.nfc(text(cell));
                if (text.isEmpty()) {
                    continue;
                }
                var column = PupilColumn.ofHeader(text);
                if (column.isEmpty()) {
                    issues.add(new ImportIssue(Severity.WARNING, PupilColumn.SHEET, 1, text,
                            "pupil.import.unknownColumn", text));
                } else if (seen.putIfAbsent(column.get(), cell.getColumnIndex()) != null) {
                    issues.add(new ImportIssue(Severity.ERROR, PupilColumn.SHEET, 1, text,
                            "pupil.import.duplicateHeader", text));
                } else {
                    columns.put(cell.getColumnIndex(), column.get());
                }
            }
        }
        for (PupilColumn c : PupilColumn.values()) {
            if (c.required() && !seen.containsKey(c)) {
                issues.add(new ImportIssue(Severity.ERROR, PupilColumn.SHEET, 1, c.header(),
                        "pupil.import.headerMissing", c.header()));
            }
        }
        return columns;
    }

    /** A cell as the user sees it; a date cell as dd/MM/yyyy whatever its display format. */
    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DMY);
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue().strip();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static PupilSheet fileError(String code, String value) {
        return new PupilSheet(List.of(), List.of(new ImportIssue(Severity.ERROR, PupilColumn.SHEET, 0, null, code,
                value)));
    }
}
