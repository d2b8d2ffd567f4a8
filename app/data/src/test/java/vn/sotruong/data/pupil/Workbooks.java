package vn.sotruong.data.pupil;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes real xlsx files for import tests: strings, numbers and dates (as date cells). */
public final class Workbooks {
    private Workbooks() {
    }

    public static Path write(Path file, String sheetName, List<List<Object>> rows) throws IOException {
        Map<String, List<List<Object>>> one = new LinkedHashMap<>();
        one.put(sheetName, rows);
        return write(file, one);
    }

    /** Several sheets, in the order given; a null value leaves its cell out. */
    public static Path write(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
                XSSFSheet sheet = wb.createSheet(e.getKey());
                List<List<Object>> rows = e.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    XSSFRow row = sheet.createRow(r);
                    List<Object> values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        var cell = row.createCell(c);
                        switch (v) {
                            case LocalDate d -> {
                                cell.setCellValue(d);
                                cell.setCellStyle(date);
                            }
                            case Number n -> cell.setCellValue(n.doubleValue());
                            default -> cell.setCellValue(v.toString());
                        }
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }
}
