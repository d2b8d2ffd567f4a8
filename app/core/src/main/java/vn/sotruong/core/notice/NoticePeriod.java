package vn.sotruong.core.notice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Kì thông báo: the week (Monday to Sunday) or the month a notice to parents covers.
 *
 * @param until the first day after the period
 */
public record NoticePeriod(Kind kind, LocalDate from, LocalDate until) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Hằng tuần or hằng tháng. */
    public enum Kind {
        WEEK,
        MONTH
    }

    /** The week (Monday to Sunday) holding the day. */
    public static NoticePeriod weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new NoticePeriod(Kind.WEEK, monday, monday.plusDays(7));
    }

    public static NoticePeriod month(YearMonth month) {
        return new NoticePeriod(Kind.MONTH, month.atDay(1), month.plusMonths(1).atDay(1));
    }

    public static NoticePeriod of(Kind kind, LocalDate day) {
        return kind == Kind.WEEK ? weekOf(day) : month(YearMonth.from(day));
    }

    /** "tuần 12/10/2026 – 18/10/2026" or "tháng 10/2026", as the message says it. */
    public String label() {
        return kind == Kind.WEEK ? "tuần " + DAY.format(from) + " – " + DAY.format(until.minusDays(1))
                : "tháng " + String.format(Locale.ROOT, "%02d/%d", from.getMonthValue(), from.getYear());
    }
}
