package vn.sotruong.core.gradebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.CommentResult;
import vn.sotruong.core.assessment.Score;
import vn.sotruong.core.assessment.tt22.CommentTerm;
import vn.sotruong.core.assessment.tt22.Level;
import vn.sotruong.core.assessment.tt22.Reassessment;
import vn.sotruong.core.assessment.tt22.ScoredTerm;
import vn.sotruong.core.assessment.tt22.StudentYear;
import vn.sotruong.core.assessment.tt22.SubjectMarks;
import vn.sotruong.core.assessment.tt22.TermMarks;
import vn.sotruong.core.assessment.tt22.Tt22RuleSet;
import vn.sotruong.core.curriculum.AssessmentForm;
import vn.sotruong.core.curriculum.Subject;

/** Turns a pupil's stored cells into what the Circular 22 rules read. */
final class Tt22Assembler {
    private Tt22Assembler() {
    }

    /** One subject's two terms from its cells by slot. Regular assessments are read TX1, TX2, … in order. */
    static SubjectMarks subject(Tt22RuleSet rules, Subject s, int grade, Map<String, Entry> cells) {
        int n = rules.regularAssessments(s, grade);
        return new SubjectMarks(s, term(s, n, 1, cells), term(s, n, 2, cells));
    }

    private static TermMarks term(Subject s, int n, int term, Map<String, Entry> cells) {
        String exemption = mark(cells, ColumnLayout.exemption(term));
        if (s.form() == AssessmentForm.SCORED) {
            if (ColumnKind.EXEMPT_WHOLE.equals(exemption)) {
                return ScoredTerm.exempted();
            }
            List<Score> tx = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                Score v = score(cells, ColumnLayout.tx(term, i));
                if (v != null) {
                    tx.add(v);
                }
            }
            return ScoredTerm.of(tx, score(cells, ColumnLayout.midterm(term)), score(cells, ColumnLayout.endOfTerm(term)));
        }
        if (ColumnKind.EXEMPT_WHOLE.equals(exemption)) {
            return CommentTerm.exempted();
        }
        List<CommentResult> tx = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            CommentResult v = comment(cells, ColumnLayout.tx(term, i));
            if (v != null) {
                tx.add(v);
            }
        }
        CommentTerm t = CommentTerm.of(tx, comment(cells, ColumnLayout.midterm(term)),
                comment(cells, ColumnLayout.endOfTerm(term)));
        return ColumnKind.EXEMPT_PRACTICAL.equals(exemption) ? t.withPracticalPartExempt() : t;
    }

    /** The pupil's whole year: every subject of the grade, conduct, summer results and absences. */
    static StudentYear year(Tt22RuleSet rules, List<Subject> subjects, int grade, List<Entry> entries, int absences) {
        Map<String, Map<String, Entry>> bySubject = new HashMap<>();
        Map<String, Entry> conduct = new HashMap<>();
        for (Entry e : entries) {
            if (e.key().area() == Area.SUBJECT) {
                bySubject.computeIfAbsent(e.key().item(), k -> new HashMap<>()).put(e.slot(), e);
            } else if (e.key().area() == Area.CONDUCT) {
                conduct.put(e.slot(), e);
            }
        }
        List<SubjectMarks> marks = new ArrayList<>();
        Map<String, Reassessment> summer = new HashMap<>();
        for (Subject s : subjects) {
            Map<String, Entry> cells = bySubject.getOrDefault(s.code(), Map.of());
            marks.add(subject(rules, s, grade, cells));
            Entry he = cells.get(ColumnLayout.SUMMER);
            if (he != null) {
                summer.put(s.code(), he.value().score() != null ? Reassessment.scored(new Score(he.value().score()))
                        : Reassessment.comment(CommentResult.parse(he.value().mark())));
            }
        }
        return new StudentYear(grade, marks, level(conduct, ColumnLayout.conduct(1)), level(conduct,
                ColumnLayout.conduct(2)), absences, level(conduct, ColumnLayout.SUMMER), summer);
    }

    private static Level level(Map<String, Entry> cells, String slot) {
        String m = mark(cells, slot);
        return m == null ? null : ColumnKind.conductLevel(m);
    }

    private static String mark(Map<String, Entry> cells, String slot) {
        Entry e = cells.get(slot);
        return e == null ? null : e.value().mark();
    }

    private static Score score(Map<String, Entry> cells, String slot) {
        Entry e = cells.get(slot);
        return e == null || e.value().score() == null ? null : new Score(e.value().score());
    }

    private static CommentResult comment(Map<String, Entry> cells, String slot) {
        String m = mark(cells, slot);
        return m == null ? null : CommentResult.parse(m);
    }
}
