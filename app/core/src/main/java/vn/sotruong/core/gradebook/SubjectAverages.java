package vn.sotruong.core.gradebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.tt22.SubjectOutcome;
import vn.sotruong.core.assessment.tt22.SubjectResult;
import vn.sotruong.core.assessment.tt22.Tt22RuleSet;
import vn.sotruong.core.curriculum.AssessmentForm;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.organisation.SchoolClass;

/**
 * Điểm trung bình môn của từng học sinh: each current pupil's subject averages of a term or the year (Circular 22,
 * ĐTBmhk / ĐTBmcn, through the rule set's own subject rule) computed from the entries already read — only the
 * subjects, never the whole year's results with conduct, absences and promotion. In tiểu học (Circular 27, no
 * averages) the number compared is the periodic test score: cuối học kì I for term 1, cuối năm for term 2 and the year.
 */
public final class SubjectAverages {
    /** One pupil's number in one subject, with the class they are in; {@code test}: a tiểu học test score. */
    public record PupilAverage(SchoolClass schoolClass, String subject, long pupilId, BigDecimal value, boolean test) {
    }

    private SubjectAverages() {
    }

    /** Every current pupil's average of the term (1, 2; 0 = the year), of one subject or (null) of every subject. */
    public static List<PupilAverage> of(YearBooks year, int term, String subject) {
        List<PupilAverage> out = new ArrayList<>();
        for (ClassBook book : year.books()) {
            List<Subject> subjects = book.subjects().stream()
                    .filter(s -> subject == null || s.code().equals(subject)).toList();
            if (subjects.isEmpty()) {
                continue;
            }
            for (RosterRow r : book.roster()) {
                if (r.current()) {
                    add(book, subjects, r.pupilId(), bySubject(year.entries(r.pupilId())), term, out);
                }
            }
        }
        return out;
    }

    private static void add(ClassBook book, List<Subject> subjects, long pupilId, Map<String, Map<String, Entry>> cells,
                            int term, List<PupilAverage> out) {
        int grade = book.schoolClass().grade();
        for (Subject s : subjects) {
            Map<String, Entry> mine = cells.getOrDefault(s.code(), Map.of());
            BigDecimal v;
            boolean test = false;
            if (book.rules() instanceof Tt22RuleSet rules) {
                if (s.form() != AssessmentForm.SCORED) {
                    continue;
                }
                SubjectResult r = rules.subjectResult(Tt22Assembler.subject(rules, s, grade, mine), grade);
                SubjectOutcome o = term == 1 ? r.hk1() : term == 2 ? r.hk2() : r.year();
                v = o.average();
            } else {
                Entry cell = mine.get(ColumnLayout.test(term == 1 ? "CHK1" : "CN"));
                v = cell == null ? null : cell.value().score();
                test = true;
            }
            if (v != null) {
                out.add(new PupilAverage(book.schoolClass(), s.code(), pupilId, v, test));
            }
        }
    }

    private static Map<String, Map<String, Entry>> bySubject(List<Entry> entries) {
        Map<String, Map<String, Entry>> m = new HashMap<>();
        for (Entry e : entries) {
            if (e.key().area() == Area.SUBJECT) {
                m.computeIfAbsent(e.key().item(), k -> new HashMap<>()).put(e.slot(), e);
            }
        }
        return m;
    }
}
