package vn.sotruong.core.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sotruong.core.school.SettingsStore;

/**
 * The school's entry deadlines (hạn nhập điểm), as school settings with the regulations' defaults: regular
 * assessments by the end of teaching weeks 8 and 17 (HK I) and 26 and 34 (HK II) — the first half of a term's
 * ĐĐGtx by the first week, all by the second; mid-term and end-of-term results within 10 working days of the
 * test; summer results before 31 August. Test dates are per school year (a key with the year's label); when the
 * school has not set them, the Friday of weeks 9, 17, 27 and 34 stand in.
 */
public record DeadlineSettings(List<Integer> regularWeeks, int periodicWorkingDays, MonthDay summerDeadline,
                               Map<String, LocalDate> testDates) {
    public static final String REGULAR_WEEKS = "deadline.regularWeeks";
    public static final String PERIODIC_WORKING_DAYS = "deadline.periodicWorkingDays";
    public static final String SUMMER = "deadline.summer";
    /** Test dates: {@code deadline.<year label>.HK1.GK} = dd/MM/yyyy. */
    public static final List<String> TESTS = List.of("HK1.GK", "HK1.CK", "HK2.GK", "HK2.CK");
    /** Teaching weeks whose Friday stands in for an unset test date, in {@link #TESTS} order. */
    public static final List<Integer> DEFAULT_TEST_WEEKS = List.of(9, 17, 27, 34);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public DeadlineSettings {
        regularWeeks = List.copyOf(regularWeeks);
        testDates = Map.copyOf(testDates);
        if (regularWeeks.size() != 4 || periodicWorkingDays < 0) {
            throw new IllegalArgumentException("invalid deadline settings");
        }
    }

    public static DeadlineSettings defaults() {
        return new DeadlineSettings(List.of(8, 17, 26, 34), 10, MonthDay.of(8, 31), Map.of());
    }

    public static String testDateKey(String yearLabel, String test) {
        return "deadline." + yearLabel + "." + test;
    }

    /** Reads the settings of a school year; a value that cannot be read takes its default. */
    public static DeadlineSettings read(SettingsStore store, String yearLabel) {
        DeadlineSettings d = defaults();
        List<Integer> weeks = store.get(REGULAR_WEEKS).flatMap(DeadlineSettings::weeks).orElse(d.regularWeeks());
        int days = store.get(PERIODIC_WORKING_DAYS).map(String::strip).filter(v -> v.matches("\\d{1,2}"))
                .map(Integer::parseInt).orElse(d.periodicWorkingDays());
        MonthDay summer = store.get(SUMMER).flatMap(DeadlineSettings::monthDay).orElse(d.summerDeadline());
        Map<String, LocalDate> tests = new java.util.HashMap<>();
        for (String t : TESTS) {
            store.get(testDateKey(yearLabel, t)).flatMap(DeadlineSettings::date).ifPresent(v -> tests.put(t, v));
        }
        return new DeadlineSettings(weeks, days, summer, tests);
    }

    private static Optional<List<Integer>> weeks(String v) {
        try {
            List<Integer> w = Arrays.stream(v.split(",")).map(String::strip).map(Integer::parseInt).toList();
            return w.size() == 4 ? Optional.of(w) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "31/08". */
    private static Optional<MonthDay> monthDay(String v) {
        try {
            return Optional.of(MonthDay.parse(v.strip(), DateTimeFormatter.ofPattern("dd/MM")));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String v) {
        try {
            return Optional.of(LocalDate.parse(v.strip(), DATE));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
