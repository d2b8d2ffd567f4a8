package vn.sotruong.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;
import vn.sotruong.core.notice.NoticeBatch;
import vn.sotruong.core.notice.NoticeSlips;
import vn.sotruong.core.notice.ParentNotice;
import vn.sotruong.core.registers.Paper;

/**
 * Phiếu thông báo gửi cha mẹ học sinh as a PDF (layout {@code notices/slips-A4}): one framed slip per pupil, four
 * to an A4 page, in the embedded Liberation Serif, with the number at the foot of each slip.
 */
public final class JasperNoticeSlips implements NoticeSlips {
    static final String TEMPLATE = "notices/slips";

    private final Templates templates = new Templates();

    @Override
    public void write(String school, NoticeBatch batch, List<ParentNotice> notices, OutputStream out)
            throws IOException {
        Map<String, Object> params = new HashMap<>();
        params.put("SCHOOL", school);
        params.put("CLASS_NAME", batch.className());
        params.put("PERIOD", batch.period().label());
        params.put("BATCH", "thông báo số " + batch.id() + " · " + batch.issuedBy());
        params.put(JRParameter.REPORT_LOCALE, Locale.forLanguageTag("vi-VN"));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ParentNotice n : notices) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("parent", n.parent());
            row.put("pupil", n.pupilName());
            row.put("code", n.pupilCode());
            row.put("message", n.message());
            rows.add(row);
        }
        SinglePdf.write(templates.get(Templates.name(TEMPLATE, Paper.A4)), params, rows,
                "Phiếu thông báo " + batch.className() + " " + batch.period().label(), out);
    }
}
