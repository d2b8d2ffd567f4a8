package vn.sotruong.core.year;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Civil Code Art. 147–148 deadlines on the 2025–2026 calendar (Tết 16–20/02/2026) plus make-up days. */
class WorkingDayCalculatorTest {
    // the shipped 2025-2026 table plus two invented make-up Saturdays, to test that they count
    private static final HolidayCalendar CAL = calendar();

    private static HolidayCalendar calendar() {
        List<CalendarDay> days = new java.util.ArrayList<>(YearDefaults.holidays(2025));
        days.add(new CalendarDay(LocalDate.of(2026, 2, 28), DayKind.MAKEUP_WORKDAY, "Làm bù"));
        days.add(new CalendarDay(LocalDate.of(2026, 1, 10), DayKind.MAKEUP_WORKDAY, "Làm bù"));
        return new HolidayCalendar(days);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-09 | 1 | 2026-02-10 | first day not counted: Monday → Tuesday
            2026-02-13 | 1 | 2026-02-23 | Friday before Tết: next working day is after the Tết week
            2026-02-12 | 3 | 2026-02-24 | Thu + 3: Fri 13, then Tết 16–20, Mon 23, Tue 24
            2026-02-10 | 5 | 2026-02-24 | 5 working days across Tết
            2026-02-26 | 2 | 2026-02-28 | make-up Saturday 28/02 counts as a working day
            2026-01-08 | 2 | 2026-01-10 | make-up Saturday 10/01 counts
            2025-12-31 | 1 | 2026-01-02 | 1/1 is a holiday
            2026-04-24 | 1 | 2026-04-28 | Fri → Mon 27/04 is nghỉ bù for Giỗ Tổ → Tue 28/04
            2026-04-29 | 1 | 2026-05-04 | 30/4 and 1/5 off, then the weekend
            2026-02-16 | 0 | 2026-02-16 | zero days is the event day itself
            """)
    void addsWorkingDays(LocalDate event, int n, LocalDate expected, String why) {
        assertThat(new WorkingDayCalculator(CAL).addWorkingDays(event, n)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-09 | 7  | 2026-02-23 | ends Mon 16/02 (Tết) → next working day after Tết
            2026-02-02 | 5  | 2026-02-09 | ends Sat 07/02 → Monday 09/02
            2026-02-02 | 3  | 2026-02-05 | ends on a working Thursday
            2026-02-21 | 7  | 2026-02-28 | ends on the make-up Saturday, which is a working day
            2025-12-25 | 7  | 2026-01-02 | ends on 1/1 → Friday 02/01
            """)
    void calendarDayPeriodsMoveOffDaysForward(LocalDate event, int days, LocalDate expected, String why) {
        assertThat(new WorkingDayCalculator(CAL).addCalendarDays(event, days)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({"2026-02-17,false", "2026-02-28,true", "2026-03-07,false", "2026-02-23,true", "2025-09-02,false"})
    void knowsWorkingDays(LocalDate day, boolean working) {
        assertThat(CAL.isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest
    @CsvSource({"2026-02-13,2026-02-23,1", "2026-02-09,2026-02-27,9", "2026-02-27,2026-02-28,1"})
    void countsWorkingDaysBetween(LocalDate from, LocalDate to, int expected) {
        assertThat(new WorkingDayCalculator(CAL).workingDaysBetween(from, to)).isEqualTo(expected);
    }
}
