package vn.sotruong.core.year;

import java.time.LocalDate;

/** A numbered teaching week (tuần học) 1–35, Monday to Sunday, in term 1 or 2. */
public record TeachingWeek(int number, int term, LocalDate monday) {
    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(monday) && !day.isAfter(sunday());
    }
}
