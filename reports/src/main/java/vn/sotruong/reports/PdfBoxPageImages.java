package vn.sotruong.reports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.sotruong.core.registers.PageImage;
import vn.sotruong.core.registers.PageImages;

/**
 * Xem trước: draws a printed book's real pages with PDFBox's renderer, one page when it is asked for. Opening
 * reads the file's cross-reference table and page tree only, so a book of hundreds of pages opens at once.
 */
public final class PdfBoxPageImages implements PageImages {
    /** The widest page drawn, in pixels (a zoomed page beyond it is scaled on screen). */
    static final int MAX_WIDTH = 2400;

    @Override
    public Book open(Path pdf) throws IOException {
        return new PdfBook(Loader.loadPDF(pdf.toFile()));
    }

    private static final class PdfBook implements Book {
        private final PDDocument document;
        private final PDFRenderer renderer;

        PdfBook(PDDocument document) {
            this.document = document;
            this.renderer = new PDFRenderer(document);
        }

        @Override
        public synchronized int pageCount() {
            return document.getNumberOfPages();
        }

        @Override
        public synchronized double aspect(int page) {
            PDPage p = document.getPage(page);
            PDRectangle box = p.getCropBox();
            boolean turned = p.getRotation() % 180 != 0;
            return turned ? box.getHeight() / box.getWidth() : box.getWidth() / box.getHeight();
        }

        /** One page at a time: PDFBox does not draw one document from two threads at once. */
        @Override
        public synchronized PageImage draw(int page, int widthPx) throws IOException {
            if (page < 0 || page >= document.getNumberOfPages()) {
                throw new IOException("no page " + (page + 1) + " in a book of " + document.getNumberOfPages());
            }
            PDPage p = document.getPage(page);
            PDRectangle box = p.getCropBox();
            float points = p.getRotation() % 180 != 0 ? box.getHeight() : box.getWidth();
            float scale = Math.clamp(widthPx, 16, MAX_WIDTH) / points;
            BufferedImage image = renderer.renderImage(page, scale, ImageType.RGB);
            int w = image.getWidth();
            int h = image.getHeight();
            return new PageImage(w, h, image.getRGB(0, 0, w, h, null, 0, w));
        }

        @Override
        public synchronized void close() throws IOException {
            document.close();
        }
    }
}
