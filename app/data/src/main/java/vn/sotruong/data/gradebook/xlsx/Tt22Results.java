package vn.sotruong.data.gradebook.xlsx;

import vn.sotruong.core.assessment.tt22.LearningResult;
import vn.sotruong.core.assessment.tt22.Level;
import vn.sotruong.core.assessment.tt22.StudentYearResult;
import vn.sotruong.core.assessment.tt22.SubjectOutcome;
import vn.sotruong.core.assessment.tt22.SubjectResult;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.ClassResults;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRow;

/**
 * KETQUA of a THCS class (Circular 22): each subject's HK1, HK2 and CN results, learning and conduct per term and
 * year, the results after the summer, absences, the year's outcome and award, one row per pupil in the class.
 */
final class Tt22Results {
    private Tt22Results() {
    }

    /** @param conduct the class's RENLUYEN sheet, for the term conduct entered and the summer training result */
    static XlsxTable table(ClassResults results, Sheet conduct) {
        XlsxTable t = new XlsxTable();
        t.header(ScoresXlsx.CODE);
        t.header(ScoresXlsx.NAME);
        for (Subject s : results.book().subjects()) {
            for (String p : new String[] {"HK1", "HK2", "CN"}) {
                t.header(s.code() + " " + p);
            }
        }
        for (String h : new String[] {"KQHT HK1", "KQHT HK2", "KQHT CN", "KQRL HK1", "KQRL HK2", "KQRL CN",
                "KQHT sau đánh giá lại", "KQRL sau rèn luyện hè", "Nghỉ có phép", "Nghỉ không phép", "Kết quả",
                "Danh hiệu"}) {
            t.header(h);
        }
        for (PupilResult r : results.rows()) {
            if (!r.pupil().current()) {
                continue;
            }
            StudentYearResult y = r.tt22();
            SheetRow rl = conduct.row(r.pupil().pupilId()).orElse(null);
            t.newRow();
            t.cell(r.pupil().pupil().code());
            t.cell(r.pupil().pupil().fullName());
            for (Subject s : results.book().subjects()) {
                SubjectResult sr = y.subject(s.code()).orElseThrow();
                t.cell(value(sr.hk1()));
                t.cell(value(sr.hk2()));
                t.cell(value(sr.year()));
            }
            t.cell(level(y.learningHk1()));
            t.cell(level(y.learningHk2()));
            t.cell(level(y.learningYear()));
            t.cell(conduct(rl, ColumnLayout.conduct(1)));
            t.cell(conduct(rl, ColumnLayout.conduct(2)));
            t.cell(text(y.conductYear().level()));
            t.cell(level(y.promotion().learningAfterReassessment()));
            t.cell(conduct(rl, ColumnLayout.SUMMER));
            t.cell(r.absences().excused());
            t.cell(r.absences().unexcused());
            t.cell(ResultLabels.outcome(y.promotion().outcome()));
            t.cell(ResultLabels.award(y.award().award()));
        }
        return t;
    }

    /** The average (one decimal), Đ / CĐ, "Miễn", or blank while it cannot be computed. */
    private static Object value(SubjectOutcome o) {
        return switch (o.status()) {
            case COMPUTED -> o.scored() ? o.average() : o.comment().symbol();
            case EXEMPT -> ResultLabels.EXEMPT;
            case INCOMPLETE -> null;
        };
    }

    private static String level(LearningResult l) {
        return l == null ? null : text(l.level());
    }

    private static String conduct(SheetRow row, String slot) {
        String code = row == null ? null : row.text(slot);
        return code == null ? null : ColumnKind.conductLevel(code).text();
    }

    private static String text(Level l) {
        return l == null ? null : l.text();
    }
}
