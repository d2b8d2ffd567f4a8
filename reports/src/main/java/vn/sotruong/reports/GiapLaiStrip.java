package vn.sotruong.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Dải giáp lai: the strip on the outer edge of every page of a bound book, opposite the binding margin (lề gáy), where
 * the school's stamp goes across the edges of the pages: a thin dashed line and the small label "Giáp lai". A page
 * bound on the left has it on the right edge; the back of a sheet printed on both sides, mirrored, on the left edge;
 * a page bound at the top (an A4 landscape summary) across its foot. Added after the fill (like
 * {@link TwoSidedLayout}), so no layout carries it.
 */
final class GiapLaiStrip {
    /** The layout holding the line and the label, filled once for each kind of page. */
    static final String TEMPLATE = "common/giap-lai";
    /** From the paper's edge to the dashed line, in points (about 4 mm, inside the narrow margin). */
    private static final int INSET = 12;
    private static final int LABEL_LENGTH = 36;
    private static final int LABEL_THICKNESS = 9;

    /** Fills the strip's layout. */
    interface Filler {
        JasperPrint fill() throws JRException;
    }

    private enum Edge { RIGHT, LEFT, FOOT }

    private final Filler filler;
    private final Map<String, List<JRPrintElement>> made = new HashMap<>();

    GiapLaiStrip(Filler filler) {
        this.filler = filler;
    }

    /** Lays the strip on every page of the book, numbered on from 1 through {@code book}. */
    void addTo(List<JasperPrint> book, boolean twoSided) throws JRException {
        int number = 1;
        for (JasperPrint section : book) {
            for (JRPrintPage page : section.getPages()) {
                Edge edge = edge(section, twoSided && TwoSidedLayout.back(number));
                for (JRPrintElement e : strip(section, edge)) {
                    page.addElement(e);
                }
                number++;
            }
        }
    }

    private static Edge edge(JasperPrint p, boolean back) {
        int left = margin(p.getLeftMargin());
        int right = margin(p.getRightMargin());
        if (left > right) {
            return back ? Edge.LEFT : Edge.RIGHT;
        }
        return margin(p.getTopMargin()) > margin(p.getBottomMargin()) ? Edge.FOOT : Edge.RIGHT;
    }

    /** The line and label placed for a page of this size, margins and edge (the same elements on every such page). */
    private List<JRPrintElement> strip(JasperPrint p, Edge edge) throws JRException {
        int w = p.getPageWidth();
        int h = p.getPageHeight();
        int top = margin(p.getTopMargin());
        int bottom = margin(p.getBottomMargin());
        int left = margin(p.getLeftMargin());
        int right = margin(p.getRightMargin());
        String key = w + "x" + h + ":" + top + "," + bottom + "," + left + "," + right + ":" + edge;
        List<JRPrintElement> done = made.get(key);
        if (done != null) {
            return done;
        }
        List<JRPrintElement> filled = filler.fill().getPages().getFirst().getElements();
        boolean along = edge != Edge.FOOT;
        JRPrintElement line = find(filled, along ? "v-line" : "h-line");
        JRPrintElement label = find(filled, along ? "v-label" : "h-label");
        if (along) {
            int x = edge == Edge.RIGHT ? w - INSET : INSET;
            line.setX(x);
            line.setY(top);
            line.setHeight(h - top - bottom);
            label.setX(x - LABEL_THICKNESS / 2);
            label.setY(top + (h - top - bottom - LABEL_LENGTH) / 2);
        } else {
            int y = h - INSET;
            line.setX(left);
            line.setY(y);
            line.setWidth(w - left - right);
            label.setX(left + (w - left - right - LABEL_LENGTH) / 2);
            label.setY(y - LABEL_THICKNESS / 2);
        }
        done = List.of(line, label);
        made.put(key, done);
        return done;
    }

    private static JRPrintElement find(List<JRPrintElement> elements, String key) {
        return elements.stream().filter(e -> key.equals(e.getKey())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the giáp lai layout has no " + key));
    }

    private static int margin(Integer m) {
        return m == null ? 0 : m;
    }
}
