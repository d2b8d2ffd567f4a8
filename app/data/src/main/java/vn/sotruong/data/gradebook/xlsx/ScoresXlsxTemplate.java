package vn.sotruong.data.gradebook.xlsx;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.tt22.Tt22RuleSet;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.Entry;
import vn.sotruong.core.gradebook.EntryValue;
import vn.sotruong.core.gradebook.GradebookService;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.SheetRow;
import vn.sotruong.core.security.Actor;

/**
 * Mẫu sổ điểm của lớp: a class's scores workbook to fill in and import — a sheet per subject of its grade with
 * the headers of the year's rule set, RENLUYEN (THCS) or PCNL (tiểu học), the optional summer / supplementary
 * sheets, and the class's pupils (mã học sinh, họ và tên). Filled, it carries the values stored now, so a
 * teacher can add to it and import it again without changing anything else.
 */
public final class ScoresXlsxTemplate {
    private final GradebookService gradebook;

    public ScoresXlsxTemplate(GradebookService gradebook) {
        this.gradebook = gradebook;
    }

    /** Writes the workbook and returns the number of sheets written. */
    public int write(Actor actor, long classId, Path out, boolean filled) {
        ClassBook book = gradebook.classBook(actor, classId);
        boolean tt22 = book.rules() instanceof Tt22RuleSet;
        Map<String, XlsxTable> sheets = new LinkedHashMap<>();
        XlsxTable after = listSheet(tt22 ? List.of(ScoresXlsx.SUBJECT, ScoresXlsx.RESULT)
                : List.of(ScoresXlsx.SUBJECT, ScoresXlsx.LEVEL, ScoresXlsx.SCORE));
        List<SheetRef> refs = new ArrayList<>();
        book.subjects().stream().map(Subject::code).map(SheetRef::subject).forEach(refs::add);
        refs.add(tt22 ? SheetRef.conduct() : SheetRef.qualities());
        XlsxTable summerConduct = listSheet(List.of(ScoresXlsx.RESULT));
        for (SheetRef ref : refs) {
            List<Column> all = gradebook.columns(book, ref);
            List<Column> shown = all.stream().filter(c -> c.term() != 0 && c.kind() != ColumnKind.EXEMPTION).toList();
            Sheet current = filled ? gradebook.sheet(actor, classId, ref) : null;
            XlsxTable t = new XlsxTable();
            t.header(ScoresXlsx.CODE);
            t.header(ScoresXlsx.NAME);
            shown.forEach(c -> t.header(c.header()));
            for (RosterRow p : book.roster()) {
                if (!p.current()) {
                    continue;
                }
                SheetRow row = current == null ? null : current.row(p.pupilId()).orElse(null);
                t.newRow();
                t.cell(p.pupil().code());
                t.cell(p.pupil().fullName());
                shown.forEach(c -> t.cell(value(c, row)));
                if (row != null) {
                    afterTheYear(ref, all, row, tt22 && ref.area() != Area.SUBJECT
                            ? summerConduct : after);
                }
            }
            sheets.put(ScoresXlsx.sheetName(ref), t);
        }
        sheets.put(tt22 ? ScoresXlsx.REASSESSMENT : ScoresXlsx.SUPPLEMENTARY, after);
        if (tt22) {
            sheets.put(ScoresXlsx.SUMMER_CONDUCT, summerConduct);
        }
        XlsxTables.write(sheets, out);
        return sheets.size();
    }

    private static XlsxTable listSheet(List<String> headers) {
        XlsxTable t = new XlsxTable();
        t.header(ScoresXlsx.CODE);
        t.header(ScoresXlsx.NAME);
        headers.forEach(t::header);
        return t;
    }

    /**
     * The row's summer re-assessment, summer conduct or supplementary assessment (the year's columns, term 0) as a
     * line of DANHGIALAI, RENLUYENHE or DANHGIABOSUNG, when it has one.
     */
    private static void afterTheYear(SheetRef ref, List<Column> all, SheetRow row, XlsxTable into) {
        List<Column> year = all.stream().filter(c -> c.term() == 0).toList();
        if (year.stream().noneMatch(c -> row.cell(c.slot()).isPresent())) {
            return;
        }
        into.newRow();
        into.cell(row.pupil().pupil().code());
        into.cell(row.pupil().pupil().fullName());
        if (ref.area() == Area.SUBJECT) {
            into.cell(ref.item());
        }
        Column level = column(year, ColumnLayout.level(ColumnLayout.SUPPLEMENTARY));
        Column test = column(year, ColumnLayout.test(ColumnLayout.SUPPLEMENTARY));
        if (level != null) {
            into.cell(value(level, row));
            into.cell(test == null ? null : value(test, row));
        } else {
            into.cell(value(year.getFirst(), row));
        }
    }

    private static Column column(List<Column> columns, String slot) {
        return columns.stream().filter(c -> c.slot().equals(slot)).findFirst().orElse(null);
    }

    /** A stored value as a person would type it: a score as a number, conduct as its word, a mark as its code. */
    private static Object value(Column c, SheetRow row) {
        Entry e = row == null ? null : row.cell(c.slot()).orElse(null);
        if (e == null) {
            return null;
        }
        EntryValue v = e.value();
        if (v.score() != null) {
            BigDecimal s = v.score();
            return c.kind() == ColumnKind.TEST && s.stripTrailingZeros().scale() <= 0 ? Integer.valueOf(s.intValueExact())
                    : s;
        }
        if (v.mark() != null) {
            return c.kind() == ColumnKind.CONDUCT ? ColumnKind.conductLevel(v.mark()).text() : v.mark();
        }
        return v.remark();
    }
}
