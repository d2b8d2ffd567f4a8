package vn.sotruong.testkit.demo;

import java.util.ArrayList;
import java.util.List;
import vn.sotruong.core.school.SchoolLevel;

/** Class names as schools write them: grade then letter, 6A, 6B, … in grade then letter order. */
final class ClassNames {
    private ClassNames() {
    }

    static List<String> of(SchoolLevel level, int perGrade) {
        List<String> names = new ArrayList<>();
        for (int grade : level.grades()) {
            for (int i = 0; i < perGrade; i++) {
                names.add(grade + String.valueOf((char) ('A' + i)));
            }
        }
        return names;
    }

    static int grade(String className) {
        return Integer.parseInt(className.replaceAll("\\D", ""));
    }
}
