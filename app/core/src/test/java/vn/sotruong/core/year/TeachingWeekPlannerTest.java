package vn.sotruong.core.year;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TeachingWeekPlannerTest {

    @Test
    void year2025HasThirtyFiveWeeksSkippingTheTetWeekAndEndsBeforeTheDeadlines() {
        HolidayCalendar cal = new HolidayCalendar(YearDefaults.holidays(2025));
        List<Term> terms = YearDefaults.terms(2025, cal);
        List<TeachingWeek> weeks = new TeachingWeekPlanner(cal).plan(terms);

        assertThat(weeks).hasSize(35);
        assertThat(weeks.stream().filter(w -> w.term() == 1)).hasSize(18);
        assertThat(weeks.stream().filter(w -> w.term() == 2)).hasSize(17);
        assertThat(weeks.getFirst().monday()).isEqualTo(LocalDate.of(2025, 9, 8));
        // QĐ 2269/QĐ-BGDĐT: term 1 ends before 18/01/2026, the year before 31/05/2026
        assertThat(terms.get(0).end()).isBefore(LocalDate.of(2026, 1, 18));
        assertThat(terms.get(1).end()).isBefore(LocalDate.of(2026, 5, 31));
        // the Tết week (16–20/02/2026) holds no teaching week
        assertThat(weeks).noneMatch(w -> w.contains(LocalDate.of(2026, 2, 18)));
        assertThat(weeks).extracting(TeachingWeek::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 35).boxed().toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026, 2027, 2030})
    void everyYearGetsEighteenPlusSeventeenWeeks(int startYear) {
        HolidayCalendar cal = new HolidayCalendar(YearDefaults.holidays(startYear));
        List<Term> terms = YearDefaults.terms(startYear, cal);
        assertThat(new TeachingWeekPlanner(cal).plan(terms)).hasSize(35);
        assertThat(terms.get(1).start()).isEqualTo(terms.get(0).end().plusDays(1));
    }

    @Test
    void yearsWithoutAShippedTableGetTheFixedDateHolidaysOnly() {
        assertThat(YearDefaults.hasHolidayTable(2030)).isFalse();
        assertThat(YearDefaults.holidays(2030)).extracting(CalendarDay::date)
                .contains(LocalDate.of(2030, 9, 2), LocalDate.of(2031, 1, 1), LocalDate.of(2031, 4, 30),
                        LocalDate.of(2031, 5, 1));
    }
}
