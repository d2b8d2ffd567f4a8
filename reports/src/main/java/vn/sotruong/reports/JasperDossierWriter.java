package vn.sotruong.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;
import vn.sotruong.core.pupil.Parent;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.registers.DossierWriter;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.TransferDossier;

/**
 * Hồ sơ chuyển trường as a PDF (layout {@code transfer-dossier/dossier-A4}): the administrative header, the
 * pupil's identity with the photo, then the sections — the record, the movements, and per school year the
 * subjects' term and year results with every entry and the summary (learning, conduct, absences, outcome) —
 * with the embedded Liberation Serif.
 */
public final class JasperDossierWriter implements DossierWriter {
    static final String TEMPLATE = "transfer-dossier/dossier";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Templates templates = new Templates();

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(TransferDossier d, OutputStream out) throws IOException {
        SinglePdf.write(templates.get(Templates.name(TEMPLATE, Paper.A4)), parameters(d), lines(d),
                "Hồ sơ chuyển trường " + d.pupil().code(), out);
    }

    private Map<String, Object> parameters(TransferDossier d) {
        Pupil p = d.pupil();
        Map<String, Object> params = new HashMap<>(d.heading());
        params.put("ADMIN_HEADER", templates.get(Templates.name(JasperRegisterPrinter.ADMIN_HEADER, Paper.A4)));
        params.put("NAME", p.fullName());
        params.put("CODE", p.code());
        params.put("BIRTH", DATE.format(p.birthDate()));
        params.put("GENDER", p.gender() == null ? null : p.gender().label());
        params.put("REGISTER_NO", Integer.toString(d.registerNo()));
        params.put("TO_SCHOOL", d.transfer().otherSchool());
        params.put("LEFT_ON", DATE.format(d.transfer().on()));
        params.put("ISSUED_ON", DATE.format(d.issuedOn()));
        params.put("ISSUED_DAY", String.format(Locale.ROOT, "%02d", d.issuedOn().getDayOfMonth()));
        params.put("ISSUED_MONTH", String.format(Locale.ROOT, "%02d", d.issuedOn().getMonthValue()));
        params.put("ISSUED_YEAR", Integer.toString(d.issuedOn().getYear()));
        params.put("PHOTO", d.photo() == null ? null : new ByteArrayInputStream(d.photo().bytes()));
        params.put(JRParameter.REPORT_LOCALE, Locale.forLanguageTag("vi-VN"));
        return params;
    }

    /** The sections as lines: label/value pairs for the record, five-column lines for the tables. */
    static List<Map<String, ?>> lines(TransferDossier d) {
        List<Map<String, ?>> lines = new ArrayList<>();
        Pupil p = d.pupil();
        String record = "I. THÔNG TIN HỌC SINH";
        pair(lines, record, "Nơi sinh", p.birthPlace());
        pair(lines, record, "Dân tộc", p.ethnicity());
        pair(lines, record, "Địa chỉ thường trú", p.address());
        pair(lines, record, "Con gia đình chính sách", p.policyFamily() ? "Có" : "Không");
        pair(lines, record, "Cha", Parent.summary(p.father()));
        pair(lines, record, "Mẹ", Parent.summary(p.mother()));
        pair(lines, record, "Người giám hộ", Parent.summary(p.guardian()));
        pair(lines, record, "Điện thoại liên hệ", p.phone());
        pair(lines, record, "Số định danh cá nhân", p.nationalId());
        pair(lines, record, "Ngày nhập học", DATE.format(d.admittedOn())
                + (d.admittedFrom() == null ? "" : " (chuyển đến từ " + d.admittedFrom() + ")"));
        pair(lines, record, "Lớp khi chuyển đi", d.fromClass());
        pair(lines, record, "Lý do chuyển trường", d.transfer().reason());
        String history = "II. QUÁ TRÌNH HỌC TẬP TẠI TRƯỜNG";
        String[] historyHeads = {"Biến động", "Ngày", "Lớp", "", "Ghi chú"};
        for (TransferDossier.HistoryLine h : d.history()) {
            line(lines, history, historyHeads, h.kind(), h.date(), h.className(), null, h.detail());
        }
        int n = 3;
        for (TransferDossier.YearRecord y : d.years()) {
            String section = roman(n++) + ". KẾT QUẢ NĂM HỌC " + y.yearLabel() + " · LỚP " + y.className();
            String[] heads = {"Môn học / nội dung", "Học kì I", "Học kì II", "Cả năm", "Điểm, mức đánh giá đã nhập"};
            for (TransferDossier.SubjectLine s : y.subjects()) {
                line(lines, section, heads, s.subject(), s.hk1(), s.hk2(), s.year(), s.entriesText());
            }
            line(lines, section, heads, "Kết quả học tập", y.learningHk1(), y.learningHk2(), y.learningYear(), null);
            line(lines, section, heads, "Kết quả rèn luyện", y.conductHk1(), y.conductHk2(), y.conductYear(), null);
            line(lines, section, heads, "Số buổi nghỉ", null, null, Integer.toString(y.absences().absences()),
                    "Có phép " + y.absences().excused() + ", không phép " + y.absences().unexcused() + "; đi muộn "
                            + y.absences().late());
            line(lines, section, heads, "Kết quả cuối năm", null, null, null, y.outcome());
        }
        return lines;
    }

    private static void pair(List<Map<String, ?>> lines, String section, String label, String value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("section", section);
        m.put("pair", true);
        m.put("c1", label + ":");
        m.put("c2", value == null ? "—" : value);
        lines.add(m);
    }

    private static void line(List<Map<String, ?>> lines, String section, String[] heads, String... cells) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("section", section);
        m.put("pair", false);
        for (int i = 0; i < 5; i++) {
            m.put("h" + (i + 1), heads[i]);
            m.put("c" + (i + 1), cells[i]);
        }
        lines.add(m);
    }


    private static String roman(int n) {
        return switch (n) {
            case 3 -> "III";
            case 4 -> "IV";
            case 5 -> "V";
            case 6 -> "VI";
            case 7 -> "VII";
            case 8 -> "VIII";
            case 9 -> "IX";
            default -> Integer.toString(n);
        };
    }
}
