package vn.sotruong.data.gradebook.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** A sheet of a written workbook read back with POI: headers and, per row, header → cell. */
record KetQua(List<String> headers, List<Map<String, Cell>> rows) {
    private static final DataFormatter SHOWN = new DataFormatter(java.util.Locale.ROOT);

    static KetQua read(Path file, String sheetName) throws IOException {
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = wb.getSheet(sheetName);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            List<Map<String, Cell>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, Cell> cells = new LinkedHashMap<>();
                for (int c = 0; c < headers.size(); c++) {
                    cells.put(headers.get(c), row.getCell(c));
                }
                rows.add(cells);
            }
            return new KetQua(headers, rows);
        }
    }

    Map<String, Cell> row(String code) {
        return rows.stream().filter(r -> code.equals(r.get("Mã học sinh").getStringCellValue())).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + code));
    }

    /** The cell as Excel shows it ("7.7" for 7.7 formatted 0.0); "" for a blank cell. */
    static String shown(Cell c) {
        return c == null ? "" : SHOWN.formatCellValue(c);
    }

    List<String> codes() {
        return rows.stream().map(r -> r.get("Mã học sinh").getStringCellValue()).toList();
    }
}
