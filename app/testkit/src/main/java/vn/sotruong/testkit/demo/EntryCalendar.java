package vn.sotruong.testkit.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.sotruong.core.year.HolidayCalendar;
import vn.sotruong.core.year.TeachingWeek;

/**
 * Lịch nhập điểm mẫu: on which day an entry round reaches the gradebook. On time is a working day of the due
 * week or the week before; late is a number of days after the due week's Sunday, moved to a working day.
 */
final class EntryCalendar {
    private final Map<Integer, TeachingWeek> weeks = new HashMap<>();
    private final HolidayCalendar holidays;

    EntryCalendar(List<TeachingWeek> weeks, HolidayCalendar holidays) {
        weeks.forEach(w -> this.weeks.put(w.number(), w));
        this.holidays = holidays;
    }

    /** The last day of a teaching week: what "due by week 8" means. */
    LocalDate due(int week) {
        return week(week).sunday();
    }

    /** A working day in the due week or the week before, during school hours. */
    Instant onTime(int dueWeek, Random r) {
        List<LocalDate> days = workingDays(week(dueWeek).monday().minusWeeks(1), due(dueWeek));
        return at(days.get(r.nextInt(days.size())), LocalTime.of(7, 30).plusMinutes(r.nextInt(9 * 60)));
    }

    /** The first working day at least {@code days} after the due week's Sunday. */
    Instant late(int dueWeek, int days, Random r) {
        return at(firstWorkingDay(due(dueWeek).plusDays(days)), LocalTime.of(7, 30).plusMinutes(r.nextInt(9 * 60)));
    }

    /** An evening some days after {@code after}, as a teacher at home types a correction. */
    Instant evening(Instant after, int days, Random r) {
        LocalDate day = after.atZone(DemoSchoolGenerator.SCHOOL_ZONE).toLocalDate().plusDays(days);
        return at(day, LocalTime.of(19, 0).plusMinutes(r.nextInt(3 * 60)));
    }

    private TeachingWeek week(int number) {
        TeachingWeek w = weeks.get(number);
        if (w == null) {
            throw new IllegalStateException("the year has no teaching week " + number);
        }
        return w;
    }

    private LocalDate firstWorkingDay(LocalDate from) {
        LocalDate d = from;
        while (!holidays.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (holidays.isWorkingDay(d)) {
                days.add(d);
            }
        }
        if (days.isEmpty()) {
            days.add(firstWorkingDay(to));
        }
        return days;
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(DemoSchoolGenerator.SCHOOL_ZONE).toInstant();
    }
}
