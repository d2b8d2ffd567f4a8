package vn.sotruong.core.year;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A new year's starting calendar: holidays from the yearly table shipped with the app (holiday
 * dates move every year, so they are data, not rules), else only the fixed-date Labour Code
 * holidays for the school to complete; terms of 18 + 17 teaching weeks from the first Monday on
 * or after the opening day 5 September.
 */
public final class YearDefaults {
    public static final int TERM1_WEEKS = 18;
    public static final int TERM2_WEEKS = 17;
    private static final MonthDay OPENING_DAY = MonthDay.of(9, 5);

    private YearDefaults() {
    }

    /** True when the app ships a checked holiday table for the year. */
    public static boolean hasHolidayTable(int startYear) {
        return YearDefaults.class.getResource(resourceName(startYear)) != null;
    }

    public static List<CalendarDay> holidays(int startYear) {
        InputStream in = YearDefaults.class.getResourceAsStream(resourceName(startYear));
        if (in == null) {
            return fixedDateHolidays(startYear);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses "yyyy-MM-dd;KIND;name" lines; '#' starts a comment. */
    public static List<CalendarDay> parse(List<String> lines) {
        List<CalendarDay> days = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split(";", 3);
            days.add(new CalendarDay(LocalDate.parse(f[0].strip()), DayKind.valueOf(f[1].strip()), f[2].strip()));
        }
        return days;
    }

    static List<CalendarDay> fixedDateHolidays(int startYear) {
        int next = startYear + 1;
        List<CalendarDay> days = new ArrayList<>();
        addIfWeekday(days, LocalDate.of(startYear, 9, 2), "Quốc khánh 2/9");
        addIfWeekday(days, LocalDate.of(next, 1, 1), "Tết Dương lịch");
        addIfWeekday(days, LocalDate.of(next, 4, 30), "Ngày Chiến thắng 30/4");
        addIfWeekday(days, LocalDate.of(next, 5, 1), "Ngày Quốc tế lao động 1/5");
        return days;
    }

    private static void addIfWeekday(List<CalendarDay> days, LocalDate d, String name) {
        if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
            days.add(new CalendarDay(d, DayKind.HOLIDAY, name));
        }
    }

    public static List<Term> terms(int startYear, HolidayCalendar calendar) {
        LocalDate firstMonday = OPENING_DAY.atYear(startYear).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        TeachingWeekPlanner planner = new TeachingWeekPlanner(calendar);
        Term t1 = new Term(1, firstMonday, null, TERM1_WEEKS);
        LocalDate t1End = planner.endOf(t1);
        Term t2 = new Term(2, t1End.plusDays(1), null, TERM2_WEEKS);
        LocalDate t2End = planner.endOf(t2);
        return List.of(new Term(1, firstMonday, t1End, TERM1_WEEKS), new Term(2, t1End.plusDays(1), t2End, TERM2_WEEKS));
    }

    private static String resourceName(int startYear) {
        return "holidays-" + SchoolYear.label(startYear) + ".csv";
    }
}
