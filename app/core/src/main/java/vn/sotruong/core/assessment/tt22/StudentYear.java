package vn.sotruong.core.assessment.tt22;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the Circular 22 rules need about one student for one school year.
 *
 * @param conductHk1 term conduct entered by the GVCN, null while not entered
 * @param absences buổi absent in the year, có phép and không phép (1 buổi a day)
 * @param summerConduct year conduct re-assessed after summer training (Art 13), or null
 * @param reassessments summer re-assessment results by subject code (Art 14)
 */
public record StudentYear(int grade, List<SubjectMarks> subjects, Level conductHk1, Level conductHk2, int absences,
                          Level summerConduct, Map<String, Reassessment> reassessments) {
    public StudentYear {
        subjects = List.copyOf(subjects);
        reassessments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reassessments));
    }

    public static StudentYear of(int grade, List<SubjectMarks> subjects, Level conductHk1, Level conductHk2,
                                 int absences) {
        return new StudentYear(grade, subjects, conductHk1, conductHk2, absences, null, Map.of());
    }

    public StudentYear withSummerConduct(Level level) {
        return new StudentYear(grade, subjects, conductHk1, conductHk2, absences, level, reassessments);
    }

    public StudentYear withReassessment(String subjectCode, Reassessment r) {
        Map<String, Reassessment> m = new HashMap<>(reassessments);
        m.put(subjectCode, r);
        return new StudentYear(grade, subjects, conductHk1, conductHk2, absences, summerConduct, m);
    }
}
