package vn.sotruong.reports;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.ServiceUIFactory;
import javax.print.attribute.Attribute;
import javax.print.attribute.AttributeSet;
import javax.print.attribute.HashAttributeSet;
import javax.print.attribute.HashPrintJobAttributeSet;
import javax.print.attribute.HashPrintServiceAttributeSet;
import javax.print.attribute.PrintJobAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.PrintServiceAttribute;
import javax.print.attribute.PrintServiceAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobImpressionsCompleted;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.PrinterName;
import javax.print.attribute.standard.Sides;
import javax.print.event.PrintJobAttributeListener;
import javax.print.event.PrintJobEvent;
import javax.print.event.PrintJobListener;
import javax.print.event.PrintServiceAttributeListener;

/**
 * A javax.print service for tests that "prints" onto a folder: every page it is given is drawn (through the
 * {@link Pageable} the job hands it, as a printer driver would) into page-NNN.png at 72 dpi, and the attributes the
 * job asked for go into job.txt. It can run out of paper after a number of impressions: it then reports the
 * impressions completed, fires "job failed" and throws, as a printer that stops mid-job does.
 */
public final class FolderPrintService implements PrintService {
    private static final DocFlavor FLAVOR = DocFlavor.SERVICE_FORMATTED.PAGEABLE;
    private final String name;
    private final Path folder;
    private final int failAfter;
    private final boolean duplex;

    /** A printer that never fails; {@code duplex} whether it prints on both sides. */
    public FolderPrintService(String name, Path folder, boolean duplex) {
        this(name, folder, duplex, Integer.MAX_VALUE);
    }

    public FolderPrintService(String name, Path folder, boolean duplex, int failAfter) {
        this.name = name;
        this.folder = folder;
        this.duplex = duplex;
        this.failAfter = failAfter;
    }

    /** The page images printed, in order. */
    public List<Path> pages() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
        }
    }

    public String jobText() throws IOException {
        return Files.readString(folder.resolve("job.txt"));
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public DocPrintJob createPrintJob() {
        return new FolderJob();
    }

    private final class FolderJob implements DocPrintJob {
        private final HashPrintJobAttributeSet attributes = new HashPrintJobAttributeSet();
        private final List<PrintJobListener> listeners = new ArrayList<>();

        @Override
        public PrintService getPrintService() {
            return FolderPrintService.this;
        }

        @Override
        public PrintJobAttributeSet getAttributes() {
            return attributes;
        }

        @Override
        public void addPrintJobListener(PrintJobListener l) {
            listeners.add(l);
        }

        @Override
        public void removePrintJobListener(PrintJobListener l) {
            listeners.remove(l);
        }

        @Override
        public void addPrintJobAttributeListener(PrintJobAttributeListener l, PrintJobAttributeSet a) {
        }

        @Override
        public void removePrintJobAttributeListener(PrintJobAttributeListener l) {
        }

        @Override
        public void print(javax.print.Doc doc, PrintRequestAttributeSet asked) throws PrintException {
            if (!doc.getDocFlavor().equals(FLAVOR)) {
                throw new PrintException("flavor not supported: " + doc.getDocFlavor());
            }
            try {
                Files.createDirectories(folder);
                StringBuilder job = new StringBuilder();
                for (Attribute a : asked.toArray()) {
                    job.append(a.getName()).append('=').append(a).append('\n');
                }
                Files.writeString(folder.resolve("job.txt"), job);
                Pageable pageable = (Pageable) doc.getPrintData();
                int copies = asked.get(Copies.class) instanceof Copies c ? c.getValue() : 1;
                int done = 0;
                for (int copy = 1; copy <= copies; copy++) {
                    for (int i = 0; i < pageable.getNumberOfPages(); i++) {
                        if (done == failAfter) {
                            attributes.add(new JobImpressionsCompleted(done));
                            PrintJobEvent failed = new PrintJobEvent(this, PrintJobEvent.JOB_FAILED);
                            listeners.forEach(l -> l.printJobFailed(failed));
                            throw new PrintException("out of paper after " + done + " pages");
                        }
                        PageFormat format = pageable.getPageFormat(i);
                        BufferedImage page = new BufferedImage((int) Math.ceil(format.getWidth()),
                                (int) Math.ceil(format.getHeight()), BufferedImage.TYPE_INT_RGB);
                        Graphics2D g = page.createGraphics();
                        g.setColor(Color.WHITE);
                        g.fillRect(0, 0, page.getWidth(), page.getHeight());
                        pageable.getPrintable(i).print(g, format, i);
                        g.dispose();
                        done++;
                        ImageIO.write(page, "png", folder.resolve("page-%03d.png".formatted(done)).toFile());
                    }
                }
                attributes.add(new JobImpressionsCompleted(done));
                PrintJobEvent complete = new PrintJobEvent(this, PrintJobEvent.JOB_COMPLETE);
                listeners.forEach(l -> l.printJobCompleted(complete));
            } catch (IOException | PrinterException e) {
                throw new PrintException(e);
            }
        }
    }

    @Override
    public void addPrintServiceAttributeListener(PrintServiceAttributeListener l) {
    }

    @Override
    public void removePrintServiceAttributeListener(PrintServiceAttributeListener l) {
    }

    @Override
    public PrintServiceAttributeSet getAttributes() {
        HashPrintServiceAttributeSet a = new HashPrintServiceAttributeSet();
        a.add(new PrinterName(name, null));
        return a;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends PrintServiceAttribute> T getAttribute(Class<T> category) {
        return (T) getAttributes().get(category);
    }

    @Override
    public DocFlavor[] getSupportedDocFlavors() {
        return new DocFlavor[] {FLAVOR};
    }

    @Override
    public boolean isDocFlavorSupported(DocFlavor flavor) {
        return FLAVOR.equals(flavor);
    }

    @Override
    public Class<?>[] getSupportedAttributeCategories() {
        return duplex ? new Class<?>[] {Media.class, Copies.class, Sides.class} : new Class<?>[] {Media.class, Copies.class};
    }

    @Override
    public boolean isAttributeCategorySupported(Class<? extends Attribute> category) {
        return List.of(getSupportedAttributeCategories()).contains(category);
    }

    @Override
    public Object getDefaultAttributeValue(Class<? extends Attribute> category) {
        return category == Media.class ? MediaSizeName.ISO_A4 : null;
    }

    @Override
    public Object getSupportedAttributeValues(Class<? extends Attribute> category, DocFlavor flavor,
                                              AttributeSet attributes) {
        return category == Media.class ? new Media[] {MediaSizeName.ISO_A4, MediaSizeName.ISO_A3} : null;
    }

    @Override
    public boolean isAttributeValueSupported(Attribute value, DocFlavor flavor, AttributeSet attributes) {
        if (value instanceof Sides s) {
            return duplex || s == Sides.ONE_SIDED;
        }
        return value == MediaSizeName.ISO_A4 || value == MediaSizeName.ISO_A3 || value instanceof Copies;
    }

    @Override
    public AttributeSet getUnsupportedAttributes(DocFlavor flavor, AttributeSet attributes) {
        return new HashAttributeSet();
    }

    @Override
    public ServiceUIFactory getServiceUIFactory() {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FolderPrintService f && f.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
