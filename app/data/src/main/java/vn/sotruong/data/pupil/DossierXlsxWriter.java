package vn.sotruong.data.pupil;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.sotruong.core.pupil.Parent;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.registers.DossierWriter;
import vn.sotruong.core.registers.TransferDossier;

/**
 * Hồ sơ chuyển trường as xlsx, for the receiving school to read into its own software: sheet {@code HOSO} (the
 * record and register line, with the photo), {@code BIENDONG} (movements), {@code KETQUA} (each year's summary:
 * learning, conduct, absences, outcome), {@code MONHOC} (each subject's term and year results) and {@code DIEM}
 * (every entered cell under its column header). Texts only, as printed, so nothing is re-computed by Excel.
 */
public final class DossierXlsxWriter implements DossierWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(TransferDossier d, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFCellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            record(wb, bold, d);
            table(wb.createSheet("BIENDONG"), bold, List.of("Ngày", "Biến động", "Lớp", "Ghi chú"),
                    d.history().stream().map(h -> Arrays.asList(h.date(), h.kind(), h.className(), h.detail())).toList());
            table(wb.createSheet("KETQUA"), bold, List.of("Năm học", "Lớp", "Học tập HK I", "Học tập HK II",
                    "Học tập cả năm", "Rèn luyện HK I", "Rèn luyện HK II", "Rèn luyện cả năm", "Nghỉ có phép",
                    "Nghỉ không phép", "Đi muộn", "Tổng số buổi nghỉ", "Kết quả"), d.years().stream()
                    .map(y -> Arrays.<Object>asList(y.yearLabel(), y.className(), y.learningHk1(), y.learningHk2(),
                            y.learningYear(), y.conductHk1(), y.conductHk2(), y.conductYear(), y.absences().excused(),
                            y.absences().unexcused(), y.absences().late(), y.absences().absences(), y.outcome()))
                    .toList());
            List<List<?>> subjects = new ArrayList<>();
            List<List<?>> cells = new ArrayList<>();
            for (TransferDossier.YearRecord y : d.years()) {
                for (TransferDossier.SubjectLine s : y.subjects()) {
                    subjects.add(Arrays.asList(y.yearLabel(), y.className(), s.subject(), s.hk1(), s.hk2(), s.year()));
                    for (Map.Entry<String, String> e : s.entries().entrySet()) {
                        cells.add(Arrays.asList(y.yearLabel(), y.className(), s.subject(), e.getKey(), e.getValue()));
                    }
                }
            }
            table(wb.createSheet("MONHOC"), bold, List.of("Năm học", "Lớp", "Môn học", "HK I", "HK II", "Cả năm"),
                    subjects);
            table(wb.createSheet("DIEM"), bold, List.of("Năm học", "Lớp", "Môn học", "Cột", "Giá trị"), cells);
            wb.write(out);
        }
    }

    private static void record(XSSFWorkbook wb, XSSFCellStyle bold, TransferDossier d) {
        XSSFSheet sheet = wb.createSheet("HOSO");
        Pupil p = d.pupil();
        List<List<?>> rows = new ArrayList<>();
        rows.add(Arrays.asList("Trường", d.heading().get("SCHOOL")));
        rows.add(Arrays.asList("Mã học sinh", p.code()));
        rows.add(Arrays.asList("Họ và tên", p.fullName()));
        rows.add(Arrays.asList("Ngày sinh", DATE.format(p.birthDate())));
        rows.add(Arrays.asList("Giới tính", p.gender() == null ? null : p.gender().label()));
        rows.add(Arrays.asList("Nơi sinh", p.birthPlace()));
        rows.add(Arrays.asList("Dân tộc", p.ethnicity()));
        rows.add(Arrays.asList("Địa chỉ thường trú", p.address()));
        rows.add(Arrays.asList("Con gia đình chính sách", p.policyFamily() ? "Có" : "Không"));
        rows.add(Arrays.asList("Cha", Parent.summary(p.father())));
        rows.add(Arrays.asList("Mẹ", Parent.summary(p.mother())));
        rows.add(Arrays.asList("Người giám hộ", Parent.summary(p.guardian())));
        rows.add(Arrays.asList("Điện thoại liên hệ", p.phone()));
        rows.add(Arrays.asList("Số định danh cá nhân", p.nationalId()));
        rows.add(Arrays.asList("Số đăng bộ", d.registerNo()));
        rows.add(Arrays.asList("Ngày nhập học", DATE.format(d.admittedOn())));
        rows.add(Arrays.asList("Chuyển đến từ", d.admittedFrom()));
        rows.add(Arrays.asList("Lớp khi chuyển đi", d.fromClass()));
        rows.add(Arrays.asList("Ngày chuyển đi", DATE.format(d.transfer().on())));
        rows.add(Arrays.asList("Chuyển đến trường", d.transfer().otherSchool()));
        rows.add(Arrays.asList("Lý do", d.transfer().reason()));
        rows.add(Arrays.asList("Đồng ý xử lý dữ liệu", p.consent() == null ? null
                : DATE.format(p.consent().date()) + " (" + p.consent().recordedBy() + ")"));
        rows.add(Arrays.asList("Ngày lập hồ sơ", DATE.format(d.issuedOn())));
        table(sheet, bold, List.of("Mục", "Nội dung"), rows);
        if (d.photo() != null) {
            int type = d.photo().mediaType().equals("image/png") ? Workbook.PICTURE_TYPE_PNG
                    : Workbook.PICTURE_TYPE_JPEG;
            int index = wb.addPicture(d.photo().bytes(), type);
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(3);
            anchor.setRow1(1);
            anchor.setCol2(5);
            anchor.setRow2(9);
            sheet.createDrawingPatriarch().createPicture(anchor, index);
        }
    }


    private static void table(XSSFSheet sheet, XSSFCellStyle bold, List<String> headers, List<? extends List<?>> rows) {
        XSSFRow head = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            head.createCell(i).setCellValue(headers.get(i));
            head.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, Math.max(12, headers.get(i).length() + 4) * 256);
        }
        int r = 1;
        for (List<?> row : rows) {
            XSSFRow line = sheet.createRow(r++);
            for (int i = 0; i < row.size(); i++) {
                Object v = row.get(i);
                if (v instanceof Number n) {
                    line.createCell(i).setCellValue(n.doubleValue());
                } else if (v != null) {
                    line.createCell(i).setCellValue(v.toString());
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }
}
