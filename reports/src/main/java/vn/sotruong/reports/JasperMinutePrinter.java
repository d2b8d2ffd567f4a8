package vn.sotruong.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
import vn.sotruong.core.correction.MinutePrinter;
import vn.sotruong.core.correction.MinuteSheet;
import vn.sotruong.core.correction.SignerRole;
import vn.sotruong.core.registers.Paper;

/**
 * In biên bản sửa chữa điểm: fills the layout {@code correction/minute-A4} (the administrative header shared with
 * the registers, the table of old → new values, the evidence with its hashes and the three signature blocks) and
 * exports it as a PDF with the embedded Liberation Serif.
 */
public final class JasperMinutePrinter implements MinutePrinter {
    static final String LAYOUT = "correction/minute";

    private final Templates templates = new Templates();

    @Override
    public byte[] print(MinuteSheet sheet) throws IOException {
        Map<String, Object> params = new HashMap<>(sheet.heading());
        params.put("ADMIN_HEADER", templates.get(Templates.name(JasperRegisterPrinter.ADMIN_HEADER, Paper.A4)));
        params.put("NUMBER", sheet.number());
        params.put("YEAR_LABEL", sheet.yearLabel());
        params.put("CLASS_NAME", sheet.className());
        params.put("DAY", String.format(Locale.ROOT, "%02d", sheet.date().getDayOfMonth()));
        params.put("MONTH", String.format(Locale.ROOT, "%02d", sheet.date().getMonthValue()));
        params.put("YEAR", Integer.toString(sheet.date().getYear()));
        params.put("REASON", sheet.reason());
        params.put("DECISION_NOTE", sheet.decisionNote());
        params.put("EVIDENCE", sheet.evidence().isEmpty() ? "(không có)" : sheet.evidence().stream()
                .map(e -> e.no() + ". " + e.fileName() + " — " + e.sha256()).collect(Collectors.joining("\n")));
        params.put("PRINCIPAL_NAME", sheet.signers().get(SignerRole.PRINCIPAL));
        params.put("ADMIN_NAME", sheet.signers().get(SignerRole.ADMINISTRATOR));
        params.put("TEACHER_NAME", sheet.signers().get(SignerRole.TEACHER));
        params.put("STAMP", sheet.stamp());
        params.put(JRParameter.REPORT_LOCALE, Locale.forLanguageTag("vi-VN"));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (MinuteSheet.Line l : sheet.lines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no", l.no());
            row.put("pupilCode", l.pupilCode());
            row.put("pupilName", l.pupilName());
            row.put("subject", l.subject());
            row.put("column", l.column());
            row.put("oldValue", l.oldValue());
            row.put("newValue", l.newValue());
            rows.add(row);
        }
        try {
            JasperPrint print = JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance())
                    .fill(templates.get(Templates.name(LAYOUT, Paper.A4)), params, new JRMapCollectionDataSource(rows));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
            config.setMetadataTitle("Biên bản sửa chữa điểm số " + sheet.number() + " — lớp " + sheet.className());
            config.setMetadataCreator("Sổ Trường");
            config.setCompressed(true);
            exporter.setConfiguration(config);
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException e) {
            throw new IOException("the minute cannot be laid out: " + e.getMessage(), e);
        }
    }
}
