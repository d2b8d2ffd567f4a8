package vn.sotruong.core.year;

import java.time.LocalDate;

/**
 * Deadlines counted the way the Civil Code counts them (Bộ luật Dân sự 2015, Art. 147–148):
 * the day of the event is not counted; a period that ends on a day off ends at the end of the
 * next working day.
 */
public final class WorkingDayCalculator {
    private final HolidayCalendar calendar;

    public WorkingDayCalculator(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    /** "Within N working days of {@code event}": the Nth working day after the event day. */
    public LocalDate addWorkingDays(LocalDate event, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("negative period");
        }
        LocalDate d = event;
        int counted = 0;
        while (counted < workingDays) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * "Within N days of {@code event}" (calendar days): counting starts the next day, and a last
     * day that is not a working day moves to the next working day (Art. 148 cl. 5).
     */
    public LocalDate addCalendarDays(LocalDate event, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("negative period");
        }
        return nextWorkingDayFrom(event.plusDays(days));
    }

    /** The day itself if it is a working day, else the next working day. */
    public LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
