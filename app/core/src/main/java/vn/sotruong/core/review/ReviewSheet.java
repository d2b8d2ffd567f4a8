package vn.sotruong.core.review;

import java.util.ArrayList;
import java.util.List;

/**
 * Bảng rà soát: a review view ready to be saved or printed for the monthly meeting — its title, what it covers,
 * the chart's bars with their headers (the bin, the selection, the school — also the chart's legend) and its
 * tables, already in the reader's language. Table cells are numbers (BigDecimal,
 * Integer) or text; the writers decide how they look.
 */
public record ReviewSheet(String title, String subtitle, List<Bar> bars, List<String> barHeaders, List<Table> tables) {
    /** One bin of the histogram: its label and its share (percent) in the selection and in the school. */
    public record Bar(String label, double selection, double school) {
    }

    /** One named table: headers and rows of cells. */
    public record Table(String name, List<String> headers, List<List<Object>> rows) {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        }
    }

    public ReviewSheet {
        bars = List.copyOf(bars);
        barHeaders = List.copyOf(barHeaders);
        tables = List.copyOf(tables);
    }

    /** This view followed by another's tables (the page's distribution and its anomaly list in one file). */
    public ReviewSheet with(ReviewSheet more) {
        List<Table> t = new ArrayList<>(tables);
        t.addAll(more.tables());
        return bars.isEmpty() ? new ReviewSheet(title, subtitle, more.bars(), more.barHeaders(), t)
                : new ReviewSheet(title, subtitle, bars, barHeaders, t);
    }
}
