package vn.sotruong.desktop.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.tt27.Completion;
import vn.sotruong.core.assessment.tt27.PrimaryYearResult;
import vn.sotruong.core.assessment.tt27.SubjectLevel;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.gradebook.ResultPeriod;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.SheetRow;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.results.ClassSummaryViewModel.SummaryCell;

/**
 * Circular 27 (tiểu học) summary cells: each subject's level (and test score) at the end of the term or
 * year, and for the year the overall level, completion and award.
 */
final class Tt27Cells implements SummaryCells {
    private final UiText text;
    private final ResultPeriod period;
    /** subject code → pupil id → the subject sheet's row. */
    private final Map<String, Map<Long, SheetRow>> subjects = new HashMap<>();

    Tt27Cells(Session session, UiText text, long classId, ResultPeriod period) {
        this.text = text;
        this.period = period;
        var gradebook = session.services().gradebook();
        for (Subject s : gradebook.classBook(session.actor(), classId).subjects()) {
            Map<Long, SheetRow> rows = new HashMap<>();
            gradebook.sheet(session.actor(), classId, SheetRef.subject(s.code())).rows()
                    .forEach(r -> rows.put(r.pupil().pupilId(), r));
            subjects.put(s.code(), rows);
        }
    }

    @Override
    public List<String> summaryKeys() {
        return period == ResultPeriod.CN ? List.of("overall", "absent", "completion", "award") : List.of("absent");
    }

    @Override
    public Map<String, SummaryCell> cells(ClassBook book, PupilResult r) {
        Map<String, SummaryCell> m = new HashMap<>();
        String point = period == ResultPeriod.HK1 ? "CHK1" : "CN";
        for (Subject s : book.subjects()) {
            SheetRow row = subjects.getOrDefault(s.code(), Map.of()).get(r.pupil().pupilId());
            String level = row == null ? null : row.text(ColumnLayout.level(point));
            String test = row == null ? null : row.text(ColumnLayout.test(point));
            if (level != null || test != null) {
                String shown = (level == null ? "" : level) + (test == null ? "" : " · " + text.decimal(test));
                String note = level == null ? "" : text.code(SubjectLevel.valueOf(level).labelKey());
                m.put(s.code(), new SummaryCell(shown, note, "C".equals(level)));
            }
        }
        m.put("absent", new SummaryCell(String.valueOf(r.absences().absences()), text.t("results.absent.note",
                r.absences().excused(), r.absences().unexcused()), false));
        if (period == ResultPeriod.CN) {
            PrimaryYearResult y = r.tt27();
            m.put("overall", y.overall().complete() ? new SummaryCell(text.code(y.overall().level().labelKey()),
                    text.explain(y.overall().explanation()), !y.overall().level().completes())
                    : new SummaryCell("", text.explain(y.overall().explanation()), false));
            m.put("completion", new SummaryCell(text.code(y.completion().labelKey()),
                    y.completesPrimary() ? text.code("tt27.completion.primary") : "",
                    y.completion() != Completion.COMPLETED));
            String award = y.xuatSac() ? text.code("tt27.award.xuatSac")
                    : y.tieuBieu() ? text.code("tt27.award.tieuBieu") : "";
            m.put("award", new SummaryCell(award, text.explain(y.awardExplanation()), false));
        }
        return m;
    }
}
