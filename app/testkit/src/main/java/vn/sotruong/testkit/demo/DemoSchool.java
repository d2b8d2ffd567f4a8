package vn.sotruong.testkit.demo;

import java.util.List;
import vn.sotruong.core.school.School;

/**
 * What the generator made; {@link #pupils()} are stored, enrolled in their classes, with a whole year of
 * gradebook entries ({@link #entries()} cells imported) and the {@link #oddities()} planted for the review.
 */
public record DemoSchool(School school, long yearId, String yearLabel, int departments, int staff, int accounts,
                         int classes, int assignments, List<DemoPupil> pupils, int entries, DemoOddities oddities) {
    public DemoSchool {
        pupils = List.copyOf(pupils);
    }

    public int pupilCount() {
        return pupils.size();
    }
}
