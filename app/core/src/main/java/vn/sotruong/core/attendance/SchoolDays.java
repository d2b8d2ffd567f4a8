package vn.sotruong.core.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.sotruong.core.year.HolidayCalendar;
import vn.sotruong.core.year.Term;

/**
 * Ngày học của năm học: the days attendance is kept on — from the first term's first day to the last
 * term's last day, Monday to Friday, minus the calendar's holidays, plus its make-up days.
 */
public final class SchoolDays {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LocalDate first;
    private final LocalDate last;
    private final HolidayCalendar calendar;

    public SchoolDays(List<Term> terms, HolidayCalendar calendar) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a year without terms");
        }
        this.first = terms.stream().map(Term::start).min(Comparator.naturalOrder()).orElseThrow();
        this.last = terms.stream().map(t -> t.end() == null ? t.start() : t.end()).max(Comparator.naturalOrder())
                .orElseThrow();
        this.calendar = calendar;
    }

    /** The first day of the year (the first term's start). */
    public LocalDate first() {
        return first;
    }

    /** The last day of the year (the last term's end), inclusive. */
    public LocalDate last() {
        return last;
    }

    public boolean inYear(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    public boolean isSchoolDay(LocalDate day) {
        return inYear(day) && calendar.isWorkingDay(day);
    }

    /** The school days of a month, in order (none for a month outside the year). */
    public List<LocalDate> of(YearMonth month) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (isSchoolDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** Every school day of the year, in order. */
    public List<LocalDate> all() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** The months the year spans, September first. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** A date as messages and reports show it: dd/MM/yyyy. */
    public static String text(LocalDate day) {
        return day.format(DMY);
    }
}
