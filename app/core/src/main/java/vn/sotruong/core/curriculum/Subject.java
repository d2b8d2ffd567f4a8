package vn.sotruong.core.curriculum;

import java.util.Map;
import java.util.TreeMap;

/**
 * A subject or educational activity (môn học / hoạt động giáo dục) of a school year, with its
 * periods per year for each grade that has it.
 *
 * @param code the INTERFACES.md code (TOAN, NGUVAN, …)
 * @param periodsPerGrade tiết/năm by grade; grades without the subject are absent
 */
public record Subject(long id, String code, String name, AssessmentForm form, boolean optional, int sortOrder,
                      Map<Integer, Integer> periodsPerGrade) {
    public Subject {
        periodsPerGrade = java.util.Collections.unmodifiableMap(new TreeMap<>(periodsPerGrade));
    }

    public boolean taughtIn(int grade) {
        return periodsPerGrade.containsKey(grade);
    }

    public Subject withId(long newId) {
        return new Subject(newId, code, name, form, optional, sortOrder, periodsPerGrade);
    }
}
