package vn.sotruong.core.lan;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * Giờ phòng máy trong tuần: one weekly window when workstations may sign in, e.g. Monday 07:00–11:00.
 *
 * @param to the end, after {@code from}; sessions opened in the window end then
 */
public record RoomWindow(DayOfWeek day, LocalTime from, LocalTime to) {
    /** The text form the CLI and the stored setting use: {@code MON 07:00-11:00}. */
    public String text() {
        return day.name().substring(0, 3) + " " + RoomTimes.text(from, to);
    }
}
