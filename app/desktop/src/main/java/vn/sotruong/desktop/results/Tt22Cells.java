package vn.sotruong.desktop.results;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.CommentResult;
import vn.sotruong.core.assessment.tt22.Award;
import vn.sotruong.core.assessment.tt22.Level;
import vn.sotruong.core.assessment.tt22.LearningResult;
import vn.sotruong.core.assessment.tt22.Outcome;
import vn.sotruong.core.assessment.tt22.StudentYearResult;
import vn.sotruong.core.assessment.tt22.SubjectOutcome;
import vn.sotruong.core.assessment.tt22.SubjectResult;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.gradebook.ResultPeriod;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.SheetRow;
import vn.sotruong.desktop.common.Marks;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.results.ClassSummaryViewModel.SummaryCell;

/**
 * Circular 22 (THCS) summary cells: ĐTBmhk / ĐTBmcn or Đ/CĐ per subject, learning and conduct of the
 * period (a term's conduct is the homeroom teacher's entry), absences, and for the year the outcome and award.
 */
final class Tt22Cells implements SummaryCells {
    private static final BigDecimal FIVE = new BigDecimal("5.0");

    private final UiText text;
    private final ResultPeriod period;
    private final Map<Long, SheetRow> conduct = new HashMap<>();

    Tt22Cells(Session session, UiText text, long classId, ResultPeriod period) {
        this.text = text;
        this.period = period;
        if (period != ResultPeriod.CN) {
            session.services().gradebook().sheet(session.actor(), classId, SheetRef.conduct()).rows()
                    .forEach(r -> conduct.put(r.pupil().pupilId(), r));
        }
    }

    @Override
    public List<String> summaryKeys() {
        return period == ResultPeriod.CN ? List.of("learning", "conduct", "absent", "outcome", "award")
                : List.of("learning", "conduct", "absent");
    }

    @Override
    public Map<String, SummaryCell> cells(ClassBook book, PupilResult r) {
        StudentYearResult y = r.tt22();
        Map<String, SummaryCell> m = new HashMap<>();
        for (Subject s : book.subjects()) {
            y.subject(s.code()).map(this::outcome).map(this::subject).ifPresent(c -> m.put(s.code(), c));
        }
        LearningResult learning = switch (period) {
            case HK1 -> y.learningHk1();
            case HK2 -> y.learningHk2();
            case CN -> y.learningYear();
        };
        m.put("learning", new SummaryCell(level(learning.level()), text.explain(learning.explanation()),
                learning.level() == Level.CHUA_DAT));
        m.put("conduct", conduct(r, y));
        m.put("absent", new SummaryCell(String.valueOf(r.absences().absences()), text.t("results.absent.note",
                r.absences().excused(), r.absences().unexcused()), false));
        if (period == ResultPeriod.CN) {
            Outcome o = y.promotion().outcome();
            m.put("outcome", new SummaryCell(text.code(o.labelKey()), text.explain(y.promotion().explanation()),
                    o != Outcome.PROMOTED));
            Award a = y.award().award();
            m.put("award", new SummaryCell(a == Award.NONE ? "" : text.code(a.labelKey()),
                    text.explain(y.award().explanation()), false));
        }
        return m;
    }

    private SubjectOutcome outcome(SubjectResult s) {
        return switch (period) {
            case HK1 -> s.hk1();
            case HK2 -> s.hk2();
            case CN -> s.year();
        };
    }

    private SummaryCell subject(SubjectOutcome o) {
        boolean low = o.computed() && (o.scored() ? o.average().compareTo(FIVE) < 0 : o.comment() == CommentResult.CHUA_DAT);
        return new SummaryCell(Marks.outcome(o, text), text.explain(o.explanation()), low);
    }

    private SummaryCell conduct(PupilResult r, StudentYearResult y) {
        if (period == ResultPeriod.CN) {
            return new SummaryCell(level(y.conductYear().level()), text.explain(y.conductYear().explanation()),
                    y.conductYear().level() == Level.CHUA_DAT);
        }
        SheetRow row = conduct.get(r.pupil().pupilId());
        String code = row == null ? null : row.text(ColumnLayout.conduct(period == ResultPeriod.HK1 ? 1 : 2));
        return code == null ? SummaryCell.EMPTY : new SummaryCell(Marks.shown(ColumnKind.CONDUCT, code, text), "",
                "CĐ".equals(code));
    }

    private String level(Level l) {
        return l == null ? "" : text.code(l.labelKey());
    }
}
