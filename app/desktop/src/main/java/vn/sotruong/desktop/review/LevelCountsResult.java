package vn.sotruong.desktop.review;

import java.util.List;
import vn.sotruong.core.review.LevelColumn;
import vn.sotruong.core.review.LevelCounts;
import vn.sotruong.core.review.ReviewSheet;
import vn.sotruong.core.review.ReviewSheets;
import vn.sotruong.core.review.Selection;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Số lượng theo mức: the level counts (T/H/C, T/Đ/C, Đ/CĐ) of a level column for the selection beside the
 * school's, a bar per level with the counts and shares, shown on the page's {@link ReviewChart}.
 */
record LevelCountsResult(Session session, SchoolYear year, UiText text, ReviewSheets sheets, ReviewChart chart) {
    /**
     * Shows the counts of {@code column} (chosen as the column {@code measure} of its subject or quality) for the
     * selections (the school first, the selection last). Answers the "nothing entered" line for an empty
     * selection, blank otherwise.
     */
    String show(LevelColumn column, String measure, List<Selection> selections, String name) {
        List<LevelCounts> c = session.services().review().levelCounts(session.actor(), year.id(), selections, column);
        LevelCounts mine = c.getLast();
        ReviewSheet shown = sheets.levels(column, name, mine, c.getFirst());
        List<List<Object>> rows = shown.tables().getFirst().rows();
        chart.show(shown, "review.axis.level", mine.empty(),
                String.join("\n", rows.stream().map(r -> r.get(0) + ": " + chart.cell(r.get(1))).toList()));
        return mine.empty() ? text.t("review.noLevelsFor", name, chart.measureLabel(measure)) : "";
    }
}
