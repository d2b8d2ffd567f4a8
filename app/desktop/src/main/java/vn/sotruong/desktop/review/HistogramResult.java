package vn.sotruong.desktop.review;

import java.util.List;
import vn.sotruong.core.review.Distribution;
import vn.sotruong.core.review.Measure;
import vn.sotruong.core.review.ReviewSheet;
import vn.sotruong.core.review.ReviewSheets;
import vn.sotruong.core.review.Selection;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Phổ điểm: the histogram of a column of scores or an average for the selection laid over the school's, with its
 * statistics, shown on the page's {@link ReviewChart}.
 */
record HistogramResult(Session session, SchoolYear year, UiText text, ReviewSheets sheets, ReviewChart chart) {
    /**
     * Shows the distribution of {@code m} for the selections (the school first, the selection last; one call for
     * both). Answers the "no data" line for an empty selection, blank otherwise.
     */
    String show(Measure m, List<Selection> selections, String name) {
        List<Distribution> d = session.services().review().distributions(session.actor(), year.id(), selections, m);
        Distribution mine = d.getLast();
        ReviewSheet shown = sheets.distribution(m, name, mine, d.getFirst());
        chart.show(shown, "review.axis.score", mine.empty(), describe(mine));
        return mine.empty() ? text.t("review.noDataFor", shown.subtitle(), chart.measureLabel(m.slot())) : "";
    }

    private String describe(Distribution d) {
        if (d.empty()) {
            return text.t("review.noData");
        }
        return text.t("review.stats", d.count(), chart.num(d.mean()), chart.num(d.median()),
                chart.num(d.standardDeviation()), chart.num(d.shares().below35()), chart.num(d.shares().below5()),
                chart.num(d.shares().atLeast65()), chart.num(d.shares().atLeast8()), chart.num(d.shares().atLeast9()));
    }
}
