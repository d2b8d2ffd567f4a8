package vn.sotruong.desktop.review;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.review.ReviewSheet;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Biểu đồ và bảng số của Rà soát: what the chart and the numbers table show — a bar pair per bin or level (the
 * selection beside the school), the statistics, the axis — and the sheet behind them that "Lưu" saves. Filled by a
 * {@link HistogramResult} (a column of scores) or a {@link LevelCountsResult} (a column of levels).
 */
public final class ReviewChart {
    /** One bar pair of the chart: the bin's label and its share (percent) in the selection and in the school. */
    public record Bin(String label, double selection, double school) {
    }

    /** One statistic for the selection and for the whole school. */
    public record StatRow(String name, String selection, String school) {
    }

    private final UiText text;
    private final StringProperty axis = new SimpleStringProperty("");
    private final ObservableList<Bin> bins = FXCollections.observableArrayList();
    private final StringProperty stats = new SimpleStringProperty("");
    private final ObservableList<StatRow> statRows = FXCollections.observableArrayList();
    private final ObjectProperty<ReviewSheet> sheet = new SimpleObjectProperty<>();

    ReviewChart(UiText text) {
        this.text = text;
        axis.set(text.t("review.axis.score"));
    }

    /**
     * Shows a result: its bars (none when the selection is empty: no empty chart), its first table as the numbers,
     * the axis named by {@code axisKey} and the statistics in words.
     */
    void show(ReviewSheet shown, String axisKey, boolean empty, String statsText) {
        sheet.set(shown);
        axis.set(text.t(axisKey));
        bins.setAll(empty ? List.of() : shown.bars().stream().map(b -> new Bin(b.label(), b.selection(), b.school()))
                .toList());
        statRows.setAll(shown.tables().getFirst().rows().stream()
                .map(r -> new StatRow((String) r.get(0), cell(r.get(1)), cell(r.get(2)))).toList());
        stats.set(statsText);
    }

    /** A statistic as shown: a number with the locale's decimal mark, "—" for no data. */
    String cell(Object v) {
        return switch (v) {
            case null -> "—";
            case BigDecimal d -> num(d);
            default -> v.toString();
        };
    }

    String num(BigDecimal v) {
        return v == null ? "—" : text.isEnglish() ? v.toPlainString() : v.toPlainString().replace('.', ',');
    }

    /** A column's or average's name, from its slot. */
    String measureLabel(String slot) {
        return text.t("review.measure." + slot.replace('.', '_'));
    }

    /** The sheet shown (the distribution or the level counts), saved with the anomaly list; null before any. */
    ReadOnlyObjectProperty<ReviewSheet> sheetProperty() {
        return sheet;
    }

    /** The chart's horizontal axis: score bins, or levels. */
    public StringProperty axisProperty() {
        return axis;
    }

    public ObservableList<Bin> bins() {
        return bins;
    }

    public StringProperty statsProperty() {
        return stats;
    }

    public ObservableList<StatRow> statRows() {
        return statRows;
    }
}
