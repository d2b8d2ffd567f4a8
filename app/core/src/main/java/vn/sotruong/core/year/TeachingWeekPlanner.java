package vn.sotruong.core.year;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers the teaching weeks of a year: each term's weeks from its first Monday, skipping weeks
 * with no working weekday (the Tết break), 18 + 17 = 35 in the Ministry's frame.
 */
public final class TeachingWeekPlanner {
    private final HolidayCalendar calendar;

    public TeachingWeekPlanner(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    public List<TeachingWeek> plan(List<Term> terms) {
        List<TeachingWeek> weeks = new ArrayList<>();
        int number = 1;
        for (Term term : terms) {
            LocalDate monday = term.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int inTerm = 0;
            while (inTerm < term.teachingWeeks()) {
                if (hasWorkingWeekday(monday)) {
                    weeks.add(new TeachingWeek(number++, term.number(), monday));
                    inTerm++;
                }
                monday = monday.plusWeeks(1);
            }
        }
        return weeks;
    }

    /** The term's last day: the Sunday of its last teaching week. */
    public LocalDate endOf(Term term) {
        List<TeachingWeek> weeks = plan(List.of(term));
        return weeks.isEmpty() ? term.start() : weeks.getLast().sunday();
    }

    private boolean hasWorkingWeekday(LocalDate monday) {
        for (int i = 0; i < 5; i++) {
            if (calendar.isWorkingDay(monday.plusDays(i))) {
                return true;
            }
        }
        return false;
    }
}
