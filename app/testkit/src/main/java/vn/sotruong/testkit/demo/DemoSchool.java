package vn.sotruong.testkit.demo;

import java.util.List;
import vn.sotruong.core.school.School;

/** What the generator made; {@link #pupils()} are stored, enrolled in their classes. */
public record DemoSchool(School school, long yearId, String yearLabel, int departments, int staff, int accounts,
                         int classes, int assignments, List<DemoPupil> pupils) {
    public DemoSchool {
        pupils = List.copyOf(pupils);
    }

    public int pupilCount() {
        return pupils.size();
    }
}
