package vn.sotruong.data.gradebook.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes sheets of {@link XlsxTable}s with POI's streaming workbook: bold headers on row 1, the code and name
 * columns frozen; a {@link BigDecimal} as a numeric cell shown with one decimal ({@code 0.0}), an {@link Integer}
 * as a whole number, anything else as text, null as a blank cell.
 */
public final class XlsxTables {
    private static final int WINDOW = 200;

    private XlsxTables() {
    }

    public static void write(Map<String, XlsxTable> sheets, Path out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle oneDecimal = wb.createCellStyle();
            oneDecimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            CellStyle whole = wb.createCellStyle();
            whole.setDataFormat(wb.createDataFormat().getFormat("0"));
            sheets.forEach((name, table) -> {
                SXSSFSheet sheet = wb.createSheet(name);
                List<String> headers = table.headers();
                Row header = sheet.createRow(0);
                for (int c = 0; c < headers.size(); c++) {
                    var cell = header.createCell(c);
                    cell.setCellValue(headers.get(c));
                    cell.setCellStyle(bold);
                    sheet.setColumnWidth(c, Math.max(10, headers.get(c).length() + 2) * 256);
                }
                sheet.setColumnWidth(1, 28 * 256);
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        var cell = row.createCell(c);
                        switch (v) {
                            case BigDecimal d -> {
                                cell.setCellValue(d.doubleValue());
                                cell.setCellStyle(oneDecimal);
                            }
                            case Integer i -> {
                                cell.setCellValue(i);
                                cell.setCellStyle(whole);
                            }
                            default -> cell.setCellValue(v.toString());
                        }
                    }
                }
                sheet.createFreezePane(2, 1);
            });
            XlsxFiles.write(wb, out);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
