package vn.sotruong.core.registers;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Xem trước: the port that draws the real pages of a printed book (the reports module's, with PDFBox), so the
 * desktop shows them without knowing the PDF library. A book is opened once and its pages drawn one at a time,
 * when they are looked at: a 626-page book opens as fast as a one-page one.
 */
public interface PageImages {
    /** Opens the PDF for drawing; {@link java.io.IOException} for a file that is missing or not a PDF. */
    Book open(Path pdf) throws IOException;

    /** An opened book: its page count, each page's size and its drawing; close it when the preview closes. */
    interface Book extends AutoCloseable {
        int pageCount();

        /** The page's width over its height (an A4 portrait page ≈ 0.707, an A3 landscape ≈ 1.414). */
        double aspect(int page);

        /** Draws page {@code page} (0-based) {@code widthPx} pixels wide, keeping its proportions. */
        PageImage draw(int page, int widthPx) throws IOException;

        @Override
        void close() throws IOException;
    }
}
