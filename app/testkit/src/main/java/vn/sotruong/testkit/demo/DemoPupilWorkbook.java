package vn.sotruong.testkit.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.sotruong.core.pupil.PupilColumn;

/**
 * Writes demo pupils as a HOCSINH pupil-list workbook (INTERFACES.md), as a school would export it
 * from another system: for import tests and the import benchmark. Streaming (SXSSF), as STACK.md
 * advises for large sheets.
 */
public final class DemoPupilWorkbook {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DemoPupilWorkbook() {
    }

    public static Path write(List<DemoPupil> pupils, Path file) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet(PupilColumn.SHEET);
            Row header = sheet.createRow(0);
            for (PupilColumn c : PupilColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header());
            }
            int r = 1;
            for (DemoPupil p : pupils) {
                Row row = sheet.createRow(r++);
                String[] values = {p.code(), p.fullName(), p.birthDate().format(DMY), p.gender().label(),
                        p.ethnicity(), p.birthPlace(), p.address(), p.policyFamily() ? "Có" : "", p.fatherName(),
                        p.motherName(), p.guardianName(), p.phone()};
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null && !values[c].isEmpty()) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
