package vn.sotruong.reports;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * In hai mặt: a book printed on both sides of the sheet is bound on the left of the front (odd pages) and on the
 * right of the back (even pages), so an even page's content moves over by the difference of its margins and the
 * wide binding margin (lề gáy) lands on the spine on both sides. Pages whose binding margin is the top (an A4
 * landscape summary turned with its top to the spine) are not moved: turned over, their top is still at the spine.
 */
final class TwoSidedLayout {
    private TwoSidedLayout() {
    }

    /** Whether a page numbered {@code pageNumber} in the book is the back of a sheet. */
    static boolean back(int pageNumber) {
        return pageNumber % 2 == 0;
    }

    /**
     * Mirrors the binding margin on the even pages of a section whose first page has the book's number
     * {@code firstPage}.
     */
    static void mirror(JasperPrint section, int firstPage) {
        int left = margin(section.getLeftMargin());
        int right = margin(section.getRightMargin());
        if (left <= right) {
            return;
        }
        int shift = right - left;
        for (int i = 0; i < section.getPages().size(); i++) {
            if (back(firstPage + i)) {
                JRPrintPage page = section.getPages().get(i);
                for (JRPrintElement e : page.getElements()) {
                    e.setX(e.getX() + shift);
                }
            }
        }
    }

    private static int margin(Integer m) {
        return m == null ? 0 : m;
    }
}
