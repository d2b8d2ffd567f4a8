package vn.sotruong.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobImpressionsCompleted;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.Sides;
import javax.print.event.PrintJobAdapter;
import javax.print.event.PrintJobEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PaperJob;
import vn.sotruong.core.registers.PaperOutcome;
import vn.sotruong.core.registers.PaperPrinter;

/**
 * Máy in: the operating system's printers through javax.print (on Linux, CUPS). The book's PDF goes to the printer
 * as PDFBox's {@link PDFPageable} (the JDK lays the pages out for the printer itself), with the book's paper
 * (ISO A4 / A3), one or two sides and the copies asked. The job's end is what the print service reports: a
 * {@link PrintException} or a failed / cancelled event is a failure, with the pages it says it completed
 * ({@link JobImpressionsCompleted}) when it says so.
 */
public final class OsPaperPrinter implements PaperPrinter {
    private static final DocFlavor FLAVOR = DocFlavor.SERVICE_FORMATTED.PAGEABLE;
    private final Supplier<List<PrintService>> services;

    /** The printers installed, the system's default first. */
    public OsPaperPrinter() {
        this(OsPaperPrinter::installed);
    }

    /** The given print services (tests pass their own javax.print services). */
    public OsPaperPrinter(Supplier<List<PrintService>> services) {
        this.services = services;
    }

    private static List<PrintService> installed() {
        List<PrintService> all = new ArrayList<>(Arrays.asList(PrintServiceLookup.lookupPrintServices(FLAVOR, null)));
        PrintService preferred = PrintServiceLookup.lookupDefaultPrintService();
        if (preferred != null && all.remove(preferred)) {
            all.addFirst(preferred);
        }
        return all;
    }

    @Override
    public List<String> printers() {
        return services.get().stream().map(PrintService::getName).toList();
    }

    @Override
    public PaperOutcome print(Path pdf, PaperJob job) {
        PrintService service = services.get().stream().filter(s -> s.getName().equals(job.printer())).findFirst()
                .orElse(null);
        if (service == null) {
            return PaperOutcome.failed(0, "printer not found: " + job.printer());
        }
        PrintRequestAttributeSet asked = new HashPrintRequestAttributeSet();
        MediaSizeName media = job.paper() == Paper.A3 ? MediaSizeName.ISO_A3 : MediaSizeName.ISO_A4;
        if (!service.isAttributeValueSupported(media, FLAVOR, null)) {
            return PaperOutcome.failed(0, "no " + job.paper() + " paper in " + job.printer());
        }
        asked.add(media);
        Sides sides = job.duplex() ? Sides.DUPLEX : Sides.ONE_SIDED;
        if (service.isAttributeCategorySupported(Sides.class) && service.isAttributeValueSupported(sides, FLAVOR, null)) {
            asked.add(sides);
        } else if (job.duplex()) {
            return PaperOutcome.failed(0, job.printer() + " does not print on both sides");
        }
        asked.add(new Copies(job.copies()));
        asked.add(new JobName(pdf.getFileName().toString(), null));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            DocPrintJob printJob = service.createPrintJob();
            JobEnd end = new JobEnd();
            printJob.addPrintJobListener(end);
            try {
                printJob.print(new SimpleDoc(new PDFPageable(document), FLAVOR, null), asked);
            } catch (PrintException e) {
                return PaperOutcome.failed(completed(printJob), e.getMessage());
            }
            if (end.failure != null) {
                return PaperOutcome.failed(completed(printJob), end.failure);
            }
            return PaperOutcome.done(document.getNumberOfPages() * job.copies());
        } catch (IOException e) {
            return PaperOutcome.failed(0, e.getMessage());
        }
    }

    /** The pages the service says it printed, or unknown. */
    private static int completed(DocPrintJob job) {
        var done = job.getAttributes() == null ? null : job.getAttributes().get(JobImpressionsCompleted.class);
        return done instanceof JobImpressionsCompleted c ? c.getValue() : PaperOutcome.UNKNOWN;
    }

    /** A failed or cancelled job, as the service reports it. */
    private static final class JobEnd extends PrintJobAdapter {
        private volatile String failure;

        @Override
        public void printJobFailed(PrintJobEvent e) {
            failure = "the printer reported the job failed";
        }

        @Override
        public void printJobCanceled(PrintJobEvent e) {
            failure = "the job was cancelled at the printer";
        }
    }
}
