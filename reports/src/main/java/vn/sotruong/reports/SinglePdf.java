package vn.sotruong.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** One layout filled with its values and lines and exported as a compressed PDF (documents outside the print ledger). */
final class SinglePdf {
    private SinglePdf() {
    }

    static void write(JasperReport layout, Map<String, Object> params, List<? extends Map<String, ?>> rows,
                      String title, OutputStream out) throws IOException {
        try {
            JasperPrint print = filler().fill(layout, params,
                    new JRMapCollectionDataSource(new ArrayList<Map<String, ?>>(rows)));
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
            config.setMetadataTitle(title);
            config.setMetadataCreator("Sổ Trường");
            config.setCompressed(true);
            exporter.setConfiguration(config);
            exporter.exportReport();
        } catch (JRException e) {
            throw new IOException(title + " cannot be laid out: " + e.getMessage(), e);
        }
    }

    private static net.sf.jasperreports.engine.JasperFillManager filler() {
        return net.sf.jasperreports.engine.JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance());
    }
}
