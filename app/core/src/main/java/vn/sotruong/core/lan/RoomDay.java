package vn.sotruong.core.lan;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Ngày ngoại lệ của lịch phòng máy: a date whose weekly windows do not apply. Closed (nghỉ: a holiday, an exam day)
 * when {@code from} is null; otherwise open from–to that day only (an extra session, a Saturday).
 */
public record RoomDay(LocalDate date, LocalTime from, LocalTime to) {
    public boolean closed() {
        return from == null;
    }

    /** The text form: {@code 2026-11-20 closed} or {@code 2026-11-28 07:00-11:00}. */
    public String text() {
        return date + " " + (closed() ? "closed" : RoomTimes.text(from, to));
    }
}
