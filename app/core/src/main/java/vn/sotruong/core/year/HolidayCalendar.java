package vn.sotruong.core.year;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which days are working days: Monday to Friday, minus holidays and official days off, plus
 * official make-up days (làm bù). The entries are data of each year, never computed from rules.
 */
public final class HolidayCalendar {
    private final Map<LocalDate, CalendarDay> days;

    public HolidayCalendar(Collection<CalendarDay> entries) {
        TreeMap<LocalDate, CalendarDay> m = new TreeMap<>();
        entries.forEach(d -> m.put(d.date(), d));
        this.days = m;
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay entry = days.get(date);
        if (entry != null) {
            return entry.kind() == DayKind.MAKEUP_WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    public List<CalendarDay> entries() {
        return days.values().stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }
}
