package vn.sotruong.testkit.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.sotruong.core.attendance.AttendanceColumn;
import vn.sotruong.core.attendance.AttendanceMark;

/**
 * Writes a class's marks as a DIEMDANH attendance workbook (INTERFACES.md), as a school would export
 * them from another system: for the attendance import benchmark. Streaming (SXSSF).
 */
public final class DemoAttendanceWorkbook {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DemoAttendanceWorkbook() {
    }

    /** @param codes pupil id → mã học sinh */
    public static Path write(List<AttendanceMark> marks, Map<Long, String> codes, Path file) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet(AttendanceColumn.SHEET);
            Row header = sheet.createRow(0);
            for (AttendanceColumn c : AttendanceColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header());
            }
            int r = 1;
            for (AttendanceMark m : marks) {
                Row row = sheet.createRow(r++);
                row.createCell(AttendanceColumn.DATE.ordinal()).setCellValue(m.date().format(DMY));
                row.createCell(AttendanceColumn.SESSION.ordinal()).setCellValue(m.session().label());
                row.createCell(AttendanceColumn.PUPIL_CODE.ordinal()).setCellValue(codes.get(m.pupilId()));
                row.createCell(AttendanceColumn.KIND.ordinal()).setCellValue(m.code().letter());
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
