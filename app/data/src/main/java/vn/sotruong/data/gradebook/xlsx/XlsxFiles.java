package vn.sotruong.data.gradebook.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.ss.usermodel.Workbook;

/** Writes a workbook next to its target first and moves it into place, so a failed write leaves no half file. */
final class XlsxFiles {
    private XlsxFiles() {
    }

    static void write(Workbook wb, Path out) {
        Path target = out.toAbsolutePath();
        try {
            Path tmp = Files.createTempFile(target.getParent(), ".sotruong", ".xlsx.tmp");
            try {
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    wb.write(os);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
