package vn.sotruong.core.attendance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Ô điểm danh as text: {@code 2026-10-15.SANG} (the day in ISO form, the session's name), for the LAN protocol. */
public final class MarkCells {
    private MarkCells() {
    }

    public static String key(LocalDate date, DaySession session) {
        return date + "." + session.name();
    }

    /** The day and session a key names; empty for anything else. */
    public static Optional<ClassDay> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        int dot = key.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ClassDay(LocalDate.parse(key.substring(0, dot)),
                    DaySession.valueOf(key.substring(dot + 1))));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
