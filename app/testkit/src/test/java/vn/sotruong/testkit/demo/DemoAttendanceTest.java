package vn.sotruong.testkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.attendance.AbsenceCounting;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.core.attendance.SchoolDays;
import vn.sotruong.core.year.HolidayCalendar;
import vn.sotruong.core.year.YearDefaults;

/** The demo year's attendance as planned: realistic counts, a few pupils at the 45-buổi line, same seed same year. */
class DemoAttendanceTest {
    private static final int YEAR = 2026;

    private static List<LocalDate> schoolDays() {
        HolidayCalendar calendar = new HolidayCalendar(YearDefaults.holidays(YEAR));
        return new SchoolDays(YearDefaults.terms(YEAR, calendar), calendar).all();
    }

    /** Each pupil's year as Art 12 counts it (pupils numbered by their place in the plan). */
    private static Map<String, AbsenceTally> tallies(List<DemoPupil> pupils, List<DemoAttendance.Mark> marks) {
        Map<String, Long> ids = new HashMap<>();
        pupils.forEach(p -> ids.put(p.code(), (long) ids.size()));
        Map<Long, AbsenceTally> byId = AbsenceCounting.byPupil(marks.stream()
                .map(m -> new AttendanceMark(ids.get(m.pupilCode()), m.date(), m.session(), m.code())).toList());
        return pupils.stream().collect(Collectors.toMap(DemoPupil::code,
                p -> byId.getOrDefault(ids.get(p.code()), AbsenceTally.NONE)));
    }

    @Test
    void most_pupils_miss_a_few_days_and_six_pupils_in_three_classes_sit_at_the_45_buoi_line() {
        List<DemoPupil> pupils = DemoSchoolGenerator.pupils(DemoOptions.thcs(), YEAR);
        List<LocalDate> days = schoolDays();
        List<DemoAttendance.Mark> marks = DemoAttendance.plan(DemoOptions.DEFAULT_SEED, pupils, days, 1);

        Map<String, AbsenceTally> tallies = tallies(pupils, marks);

        // 35 teaching weeks less the weekday holidays
        assertThat(days).hasSizeBetween(160, 175);
        assertThat(marks).allSatisfy(m -> assertThat(m.session()).isEqualTo(DaySession.SANG))
                .allSatisfy(m -> assertThat(days).contains(m.date()));
        List<Integer> absences = tallies.values().stream().map(AbsenceTally::absences).sorted().toList();
        assertThat(absences.get(absences.size() / 2)).as("median").isBetween(2, 5);
        assertThat(absences.stream().filter(a -> a <= 7).count()).as("a week or less")
                .isGreaterThan(pupils.size() * 3L / 4);
        Map<String, Integer> limit = DemoAttendance.atTheLimit(pupils);
        assertThat(limit).hasSize(6);
        limit.forEach((code, days2) -> assertThat(tallies.get(code).absences()).as(code).isEqualTo(days2));
        Map<String, String> classOf = pupils.stream().collect(Collectors.toMap(DemoPupil::code, DemoPupil::className));
        assertThat(tallies.entrySet().stream().filter(e -> e.getValue().absences() > 45)
                .map(e -> classOf.get(e.getKey())).distinct()).hasSize(3);
        assertThat(tallies.values().stream().filter(t -> t.absences() >= 40 && t.absences() <= 45)).hasSize(3);
        assertThat(tallies.values().stream().mapToInt(AbsenceTally::unexcused).sum()).isPositive();
        assertThat(tallies.values().stream().filter(t -> t.late() > 0).count()).isGreaterThan(pupils.size() / 4);
    }

    @Test
    void with_two_sessions_an_absent_day_still_counts_once_and_the_same_seed_gives_the_same_year() {
        List<DemoPupil> pupils = DemoSchoolGenerator.pupils(DemoOptions.tieuHoc(), YEAR);
        List<DemoAttendance.Mark> marks = DemoAttendance.plan(DemoOptions.DEFAULT_SEED, pupils, schoolDays(), 2);

        Map<String, AbsenceTally> tallies = tallies(pupils, marks);

        assertThat(marks).anyMatch(m -> m.session() == DaySession.CHIEU);
        DemoAttendance.atTheLimit(pupils).forEach((code, days) ->
                assertThat(tallies.get(code).absences()).as(code).isEqualTo(days));
        assertThat(DemoAttendance.plan(DemoOptions.DEFAULT_SEED, pupils, schoolDays(), 2)).isEqualTo(marks);
        assertThat(DemoAttendance.plan(7, pupils, schoolDays(), 2)).isNotEqualTo(marks);
    }
}
