package vn.sotruong.desktop.gradebook;

import java.util.ArrayList;
import java.util.List;
import vn.sotruong.core.assessment.tt22.Tt22RuleSet;
import vn.sotruong.core.curriculum.AssessmentForm;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.desktop.i18n.UiText;

/**
 * The grid's columns for one term of a sheet: the sheet's own columns of that term, in its order, with the
 * computed averages after the end-of-term column (Circular 22 subjects). Conduct shows its whole year
 * (HK I, HK II, summer training) whatever the term; Circular 27 sheets are grouped by assessment point.
 */
public final class SheetColumns {
    private static final double SCORE_WIDTH = 62;

    private SheetColumns() {
    }

    public static List<GridColumn> of(Sheet sheet, int term, UiText text) {
        Area area = sheet.ref().area();
        if (area == Area.CONDUCT) {
            return sheet.columns().stream().map(c -> new GridColumn(c.slot(), null, text.t("gradebook.conduct." + c.slot()),
                    text.t("gradebook.conduct." + c.slot()), c.kind(), 120)).toList();
        }
        if (area == Area.QUALITY) {
            return sheet.columns().stream().filter(c -> c.term() == term).map(c -> quality(c, text)).toList();
        }
        return sheet.book().rules() instanceof Tt22RuleSet ? tt22Subject(sheet, term, text) : tt27Subject(sheet, term, text);
    }

    private static List<GridColumn> tt22Subject(Sheet sheet, int term, UiText text) {
        Subject subject = sheet.book().subject(sheet.ref().item()).orElseThrow();
        boolean scored = subject.form() == AssessmentForm.SCORED;
        List<GridColumn> out = new ArrayList<>();
        for (Column c : sheet.columns()) {
            if (c.term() != term && !(term == 2 && c.term() == 0)) {
                continue;
            }
            String part = c.slot().substring(c.slot().indexOf('.') + 1);
            if (c.term() == 0) {
                out.add(entry(c, text.t("gradebook.col.HE"), text.t("gradebook.col.HE.help"), 105));
            } else if (part.startsWith("TX")) {
                out.add(entry(c, part, text.t("gradebook.col.TX.help", part.substring(2)), SCORE_WIDTH));
            } else if (part.equals("NX")) {
                out.add(entry(c, text.t("gradebook.col.NX"), text.t("gradebook.col.NX.help"), 190));
            } else if (part.equals("MG")) {
                out.add(entry(c, text.t("gradebook.col.MG"), text.t("gradebook.col.MG.help"), 78));
            } else {
                out.add(entry(c, part, text.t("gradebook.col." + part + ".help"), SCORE_WIDTH));
            }
            if (part.equals("CK")) {
                String kind = scored ? "scored" : "comment";
                out.add(new GridColumn(GridColumn.computedKey("HK" + term), null,
                        text.t("gradebook.avg.term." + kind), text.t("gradebook.avg.term." + kind + ".help", text.t("gradebook.term." + term)),
                        null, 82));
                if (term == 2) {
                    out.add(new GridColumn(GridColumn.computedKey("CN"), null, text.t("gradebook.avg.year." + kind),
                            text.t("gradebook.avg.year." + kind + ".help"), null, 82));
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<GridColumn> tt27Subject(Sheet sheet, int term, UiText text) {
        List<GridColumn> out = new ArrayList<>();
        for (Column c : sheet.columns()) {
            if (c.term() != term && !(term == 2 && c.term() == 0)) {
                continue;
            }
            String point = c.slot().substring(0, c.slot().indexOf('.'));
            String part = c.slot().substring(c.slot().indexOf('.') + 1);
            String group = text.t("gradebook.point." + point);
            double width = part.equals("NX") ? 190 : 70;
            out.add(new GridColumn(c.slot(), group, text.t("gradebook.col27." + part),
                    group + " – " + text.t("gradebook.col27." + part), c.kind(), width));
        }
        return List.copyOf(out);
    }

    private static GridColumn quality(Column c, UiText text) {
        String code = c.slot().substring(0, c.slot().indexOf('.'));
        String point = c.slot().substring(c.slot().indexOf('.') + 1);
        String group = text.t("gradebook.point." + point);
        String name = text.t("gradebook.quality." + code);
        return new GridColumn(c.slot(), group, name, group + " – " + name, c.kind(),
                c.kind() == ColumnKind.REMARK ? 240 : 96);
    }

    private static GridColumn entry(Column c, String header, String description, double width) {
        ColumnKind kind = c.kind();
        return new GridColumn(c.slot(), null, header, description, kind, width);
    }
}
