package vn.sotruong.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import vn.sotruong.core.registers.BookSection;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintStamp;
import vn.sotruong.core.registers.PrintedBook;
import vn.sotruong.core.registers.RegisterDocument;
import vn.sotruong.core.registers.RegisterPrinter;

/**
 * Lays books out with JasperReports: each section is filled into its layout for the paper
 * ({@code <template>-A4.jrxml}), the pages numbered on through the book, and all of them exported as one PDF
 * with the embedded Liberation Serif and the print stamp in its metadata. The layouts decide everything on the
 * page; this class only hands them the section's values and lines and the stamp. A draft's pages are
 * watermarked after export ({@link DraftWatermark}).
 */
public final class JasperRegisterPrinter implements RegisterPrinter {
    /** The shared administrative header (quốc hiệu, tiêu ngữ, the school), a sub-layout of covers and lists. */
    static final String ADMIN_HEADER = "common/admin-header";
    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The page left blank before a class that must start on the front of a sheet. */
    private static final BookSection BLANK = new BookSection("common/blank", "", Map.of(), List.of());
    /** The strip for the cross-page stamp laid on every page (ADR 0045). */
    private static final BookSection STRIP = new BookSection(GiapLaiStrip.TEMPLATE, "", Map.of(), List.of());
    private final Templates templates = new Templates();

    @Override
    public boolean canPrint(RegisterDocument document, Paper paper) {
        return document.sections().stream().allMatch(s -> templates.exists(Templates.name(s.template(), paper)))
                && (!document.request().twoSided() || templates.exists(Templates.name(BLANK.template(), paper)))
                && (!BookContents.needed(document.sections())
                    || templates.exists(Templates.name(BookContents.TEMPLATE, paper)));
    }

    @Override
    public PrintedBook print(RegisterDocument document, Paper paper, PrintStamp stamp, OutputStream out,
                             IntConsumer beforeSection) throws IOException {
        try {
            List<JasperPrint> prints = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            List<BookSection> sections = document.sections();
            boolean twoSided = document.request().twoSided();
            int offset = 0;
            String unit = null;
            BookContents contents = null;
            for (int i = 0; i < sections.size(); i++) {
                beforeSection.accept(i);
                BookSection section = sections.get(i);
                String sectionUnit = section.unit();
                if (unit != null && !unit.equals(sectionUnit)) {
                    insert(contents, prints, paper, stamp, twoSided);
                    contents = null;
                }
                if (twoSided && unit != null && !unit.equals(sectionUnit) && offset % 2 == 1) {
                    // the next class starts on the front of a sheet: the back of the last one is left blank
                    JasperPrint blank = fill(BLANK, paper, stamp, offset);
                    TwoSidedLayout.mirror(blank, offset + 1);
                    prints.add(blank);
                    pages.set(pages.size() - 1, pages.getLast() + blank.getPages().size());
                    offset += blank.getPages().size();
                }
                unit = sectionUnit;
                if (contents != null) {
                    contents.starts(offset + 1);
                }
                JasperPrint p = fill(section, paper, stamp, offset);
                if (twoSided) {
                    TwoSidedLayout.mirror(p, offset + 1);
                }
                prints.add(p);
                pages.add(p.getPages().size());
                offset += p.getPages().size();
                if (BookContents.follows(sections, i)) {
                    // the contents page's pages are reserved now and counted in the cover's part
                    contents = BookContents.after(sections, i, prints.size(), offset - p.getPages().size() + 1, offset);
                    contents.reserve(fill(contents.dry(), paper, stamp, offset).getPages().size());
                    pages.set(pages.size() - 1, pages.getLast() + contents.reserved());
                    offset += contents.reserved();
                }
            }
            insert(contents, prints, paper, stamp, twoSided);
            new GiapLaiStrip(() -> fill(STRIP, Paper.A4, stamp, 0)).addTo(prints, twoSided);
            if (document.request().draft()) {
                java.io.ByteArrayOutputStream exported = new java.io.ByteArrayOutputStream(1 << 20);
                export(document, prints, stamp, exported);
                DraftWatermark.stamp(exported.toByteArray(), out);
            } else {
                export(document, prints, stamp, out);
            }
            return new PrintedBook(pages);
        } catch (JRException e) {
            throw new IOException("the book cannot be laid out: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<PrintStamp> readStamp(Path pdf) throws IOException {
        return PdfStamps.read(pdf);
    }

    /** Fills a class's contents page with the real page numbers and puts it after the class's cover. */
    private void insert(BookContents contents, List<JasperPrint> prints, Paper paper, PrintStamp stamp,
                        boolean twoSided) throws JRException {
        if (contents == null) {
            return;
        }
        JasperPrint page = fill(contents.filled(), paper, stamp, contents.offset);
        if (page.getPages().size() != contents.reserved()) {
            throw new JRException("the contents page took " + page.getPages().size() + " pages, not "
                    + contents.reserved());
        }
        if (twoSided) {
            TwoSidedLayout.mirror(page, contents.offset + 1);
        }
        prints.add(contents.printIndex, page);
    }

    private JasperPrint fill(BookSection section, Paper paper, PrintStamp stamp, int pageOffset) throws JRException {
        Map<String, Object> params = new HashMap<>(section.parameters());
        // an image (the pupil's photo) comes as its bytes; a layout reads it as a stream
        params.replaceAll((k, v) -> v instanceof byte[] b ? new java.io.ByteArrayInputStream(b) : v);
        ZonedDateTime printed = stamp.printedAt().atZone(SCHOOL_ZONE);
        params.put("LEDGER_ID", stamp.ledgerId());
        params.put("DATA_CODE", stamp.shortCode());
        params.put("PRINTED_ON", DATE.format(printed));
        params.put("PRINTED_DAY", String.format(Locale.ROOT, "%02d", printed.getDayOfMonth()));
        params.put("PRINTED_MONTH", String.format(Locale.ROOT, "%02d", printed.getMonthValue()));
        params.put("PRINTED_YEAR", Integer.toString(printed.getYear()));
        params.put("PAGE_OFFSET", pageOffset);
        params.put("ADMIN_HEADER", templates.get(Templates.name(ADMIN_HEADER, Paper.A4)));
        params.put(JRParameter.REPORT_LOCALE, Locale.forLanguageTag("vi-VN"));
        List<Map<String, ?>> rows = new ArrayList<>(section.rows());
        return JasperFillManager.getInstance(net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance())
                .fill(templates.get(Templates.name(section.template(), paper)), params,
                        new JRMapCollectionDataSource(rows));
    }

    private static void export(RegisterDocument document, List<JasperPrint> prints, PrintStamp stamp,
                               OutputStream out) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setMetadataTitle(document.title());
        config.setMetadataSubject(document.request().register().code() + " " + document.request().scope().text()
                + " " + document.request().period().code());
        config.setMetadataKeywords(PdfStamps.keywords(stamp));
        config.setMetadataCreator("Sổ Trường");
        config.setCompressed(true);
        exporter.setConfiguration(config);
        exporter.exportReport();
    }
}
