package vn.sotruong.core.registers;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.pupil.Enrolment;

/** Các năm học của học sinh: per school year the class a pupil was in last (a class change keeps one per year). */
final class YearPages {
    private YearPages() {
    }

    /** In the order the years were attended. */
    static List<Enrolment> lastClassOfEachYear(List<Enrolment> enrolments) {
        Map<Long, Enrolment> byYear = new LinkedHashMap<>();
        enrolments.stream().sorted(Comparator.comparing(Enrolment::from)).forEach(e -> byYear.put(e.yearId(), e));
        return List.copyOf(byYear.values());
    }

    /** The years attended before {@code yearId}, in order (none when the pupil was not in that year). */
    static List<Enrolment> before(List<Enrolment> enrolments, long yearId) {
        List<Enrolment> years = lastClassOfEachYear(enrolments);
        int here = -1;
        for (int i = 0; i < years.size(); i++) {
            if (years.get(i).yearId() == yearId) {
                here = i;
                break;
            }
        }
        return here < 0 ? List.of() : years.subList(0, here);
    }
}
