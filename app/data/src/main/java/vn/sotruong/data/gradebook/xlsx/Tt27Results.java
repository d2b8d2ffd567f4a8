package vn.sotruong.data.gradebook.xlsx;

import java.math.BigDecimal;
import java.util.Map;
import vn.sotruong.core.assessment.tt27.PrimaryYearResult;
import vn.sotruong.core.assessment.tt27.Tt27RuleSet;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.ClassResults;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.Entry;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRow;

/**
 * KETQUA of a tiểu học class (Circular 27): each subject's cuối năm level and test score, each quality and
 * competence at the end of the year, the year's level (Đánh giá), the award and completion of the grade.
 */
final class Tt27Results {
    private static final String YEAR_END = "CN";

    private Tt27Results() {
    }

    /** @param subjects the class's subject sheets by code; {@code qualities} its PCNL sheet */
    static XlsxTable table(ClassResults results, Map<String, Sheet> subjects, Sheet qualities) {
        int grade = results.book().schoolClass().grade();
        XlsxTable t = new XlsxTable();
        t.header(ScoresXlsx.CODE);
        t.header(ScoresXlsx.NAME);
        for (Subject s : results.book().subjects()) {
            t.header(s.code() + " CN Mức");
            if (Tt27RuleSet.tested(s.code(), grade)) {
                t.header(s.code() + " CN Điểm");
            }
        }
        Tt27RuleSet.QUALITIES.forEach(q -> t.header(q + " CN"));
        t.header("Đánh giá");
        t.header("Khen thưởng");
        t.header("Hoàn thành chương trình lớp học");
        for (PupilResult r : results.rows()) {
            if (!r.pupil().current()) {
                continue;
            }
            long id = r.pupil().pupilId();
            PrimaryYearResult y = r.tt27();
            t.newRow();
            t.cell(r.pupil().pupil().code());
            t.cell(r.pupil().pupil().fullName());
            for (Subject s : results.book().subjects()) {
                SheetRow row = subjects.get(s.code()).row(id).orElse(null);
                t.cell(text(row, ColumnLayout.level(YEAR_END)));
                if (Tt27RuleSet.tested(s.code(), grade)) {
                    t.cell(score(row == null ? null : row.cell(ColumnLayout.test(YEAR_END)).orElse(null)));
                }
            }
            SheetRow pcnl = qualities.row(id).orElse(null);
            Tt27RuleSet.QUALITIES.forEach(q -> t.cell(text(pcnl, ColumnLayout.quality(q, YEAR_END))));
            t.cell(y.overall().complete() ? ResultLabels.overall(y.overall().level()) : null);
            t.cell(y.xuatSac() ? ResultLabels.XUAT_SAC : y.tieuBieu() ? ResultLabels.TIEU_BIEU : null);
            t.cell(y.completesGrade() ? ResultLabels.YES : ResultLabels.NOT_YET);
        }
        return t;
    }

    private static String text(SheetRow row, String slot) {
        return row == null ? null : row.text(slot);
    }

    /** A test score: a whole number as such (the default), a decimal one when the school allows them. */
    private static Object score(Entry e) {
        if (e == null || e.value().score() == null) {
            return null;
        }
        BigDecimal v = e.value().score();
        return v.stripTrailingZeros().scale() <= 0 ? Integer.valueOf(v.intValueExact()) : v;
    }
}
