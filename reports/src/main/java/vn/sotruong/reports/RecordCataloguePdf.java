package vn.sotruong.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.core.registers.RecordCatalogue;

/**
 * Danh mục hồ sơ as a PDF (A4 landscape, the embedded Liberation Serif) for the principal's approval: the books with
 * their state, the counts per state, and the blocks "Người lập" and "Hiệu trưởng duyệt".
 */
public final class RecordCataloguePdf {
    static final String TEMPLATE = "catalogue/catalogue-A4";
    private final Templates templates = new Templates();

    public void write(RecordCatalogue catalogue, OutputStream out) throws IOException {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (List<String> r : catalogue.rows()) {
            Map<String, Object> row = new HashMap<>();
            for (int i = 0; i < r.size(); i++) {
                row.put("c" + i, r.get(i));
            }
            rows.add(row);
        }
        LocalDate today = LocalDate.ofInstant(catalogue.at(), EntryProgressService.SCHOOL_ZONE);
        Map<String, Object> params = new HashMap<>(catalogue.heading().parameters());
        params.put("SCHOOL", catalogue.heading().school().toUpperCase(java.util.Locale.forLanguageTag("vi-VN")));
        params.put("TITLE", "DANH MỤC HỒ SƠ, SỔ SÁCH NĂM HỌC " + catalogue.yearLabel());
        params.put("SUBTITLE", "Tình trạng đến ngày " + String.format("%02d/%02d/%d", today.getDayOfMonth(),
                today.getMonthValue(), today.getYear()));
        params.put("COUNTS", catalogue.summary());
        params.put("PLACE_DATE", catalogue.heading().place() + ", ngày " + today.getDayOfMonth() + " tháng "
                + today.getMonthValue() + " năm " + today.getYear());
        params.put("PRINTED_ON", "danh mục hồ sơ " + catalogue.yearLabel());
        SinglePdf.write(templates.get(TEMPLATE), params, rows, "Danh mục hồ sơ " + catalogue.yearLabel(), out);
    }
}
