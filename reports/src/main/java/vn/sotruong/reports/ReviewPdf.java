package vn.sotruong.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import vn.sotruong.core.review.ReviewSheet;

/**
 * Prints a review view (bảng rà soát) as a PDF for the monthly meeting: the chart drawn by {@link ReviewChart},
 * then each table of three columns (statistics, anomalies), in the embedded Liberation Serif. Numbers are written
 * with the reader's decimal mark.
 */
public final class ReviewPdf {
    static final String TEMPLATE = "review/review-A4";
    private final Templates templates = new Templates();

    /**
     * Writes the sheet; {@code school} heads the page, {@code printedOn} ("23/11/2026") is in its footer.
     *
     * @throws IllegalArgumentException for a table of more than three columns (those are saved as xlsx)
     */
    public void write(ReviewSheet sheet, String school, String printedOn, Locale locale, OutputStream out)
            throws IOException {
        List<Map<String, ?>> rows = new ArrayList<>();
        int order = 0;
        for (ReviewSheet.Table t : sheet.tables()) {
            if (t.headers().size() > 3) {
                throw new IllegalArgumentException("a table of " + t.headers().size() + " columns is saved as xlsx");
            }
            order++;
            for (List<Object> r : t.rows()) {
                Map<String, Object> row = new HashMap<>();
                row.put("tableOrder", order);
                row.put("table", t.name());
                for (int i = 0; i < t.headers().size(); i++) {
                    row.put("h" + i, t.headers().get(i));
                    row.put("c" + i, i < r.size() ? text(r.get(i), locale) : null);
                }
                rows.add(row);
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("SCHOOL", school);
        params.put("TITLE", sheet.title());
        params.put("SUBTITLE", sheet.subtitle());
        params.put("PRINTED_ON", printedOn);
        params.put("CHART", sheet.bars().isEmpty() ? null : ReviewChart.draw(sheet.bars(), sheet.barHeaders()));
        params.put(JRParameter.REPORT_LOCALE, locale);
        try {
            JasperPrint print = JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance())
                    .fill(templates.get(TEMPLATE), params, new JRMapCollectionDataSource(rows));
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(SimpleExporterInput.getInstance(List.of(print)));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
            config.setMetadataTitle(sheet.title());
            config.setMetadataCreator("Sổ Trường");
            config.setCompressed(true);
            exporter.setConfiguration(config);
            exporter.exportReport();
        } catch (JRException e) {
            throw new IOException("the review cannot be laid out: " + e.getMessage(), e);
        }
    }

    /** A cell as printed: blank for no data, numbers with the reader's decimal mark. */
    static String text(Object v, Locale locale) {
        if (v == null) {
            return "—";
        }
        if (v instanceof BigDecimal d) {
            String s = d.toPlainString();
            return "vi".equals(locale.getLanguage()) ? s.replace('.', ',') : s;
        }
        return v.toString();
    }
}
