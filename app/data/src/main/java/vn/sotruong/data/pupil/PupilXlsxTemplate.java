package vn.sotruong.data.pupil;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.sotruong.core.pupil.PupilColumn;

/**
 * The empty pupil-list template (mẫu danh sách học sinh) schools download: sheet HOCSINH with the
 * headers of INTERFACES.md and, on each header, a note saying whether it is required and giving an
 * example. No data row, so a template imported unchanged adds nobody.
 */
public final class PupilXlsxTemplate {
    private static final Map<PupilColumn, String> EXAMPLES = Map.ofEntries(
            Map.entry(PupilColumn.CODE, "2600123"),
            Map.entry(PupilColumn.FULL_NAME, "Nguyễn Thị Ánh"),
            Map.entry(PupilColumn.BIRTH_DATE, "05/09/2014 (dd/MM/yyyy)"),
            Map.entry(PupilColumn.GENDER, "Nam hoặc Nữ"),
            Map.entry(PupilColumn.ETHNICITY, "Kinh"),
            Map.entry(PupilColumn.BIRTH_PLACE, "Nghệ An"),
            Map.entry(PupilColumn.ADDRESS, "Xóm 3, xã Diễn Thành, Nghệ An"),
            Map.entry(PupilColumn.POLICY_FAMILY, "Có / Không (để trống = Không)"),
            Map.entry(PupilColumn.FATHER, "Nguyễn Văn Bình"),
            Map.entry(PupilColumn.MOTHER, "Trần Thị Hoa"),
            Map.entry(PupilColumn.GUARDIAN, "Nguyễn Văn Lộc"),
            Map.entry(PupilColumn.PHONE, "0912345678"));

    public void write(Path out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(PupilColumn.SHEET);
            CreationHelper helper = wb.getCreationHelper();
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            XSSFCellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            // text cells keep codes' leading zeros and typed dates as written
            XSSFCellStyle text = wb.createCellStyle();
            text.setDataFormat(helper.createDataFormat().getFormat("@"));
            XSSFRow header = sheet.createRow(0);
            for (PupilColumn c : PupilColumn.values()) {
                var cell = header.createCell(c.ordinal());
                cell.setCellValue(c.header());
                cell.setCellStyle(bold);
                ClientAnchor anchor = helper.createClientAnchor();
                anchor.setCol1(c.ordinal());
                anchor.setCol2(c.ordinal() + 3);
                anchor.setRow1(0);
                anchor.setRow2(4);
                Comment note = drawing.createCellComment(anchor);
                note.setString(helper.createRichTextString((c.required() ? "Bắt buộc. " : "Không bắt buộc. ")
                        + "Ví dụ: " + EXAMPLES.get(c)));
                cell.setCellComment(note);
                sheet.setDefaultColumnStyle(c.ordinal(), text);
                sheet.setColumnWidth(c.ordinal(), Math.max(14, c.header().length() + 4) * 256);
            }
            sheet.createFreezePane(0, 1);
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".template", ".xlsx.tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                wb.write(os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
