package vn.sotruong.core.year;

import java.time.LocalDate;

/** One entry of a year's holiday calendar, e.g. 17/02/2026 HOLIDAY "Tết Nguyên đán". */
public record CalendarDay(LocalDate date, DayKind kind, String name) {
}
