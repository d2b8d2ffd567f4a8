package vn.sotruong.core.attendance;

import java.time.LocalDate;
import java.util.Objects;

/** One cell of the attendance register that is not "present": a pupil, a day, a session, a code. */
public record AttendanceMark(long pupilId, LocalDate date, DaySession session, AttendanceCode code) {
    public AttendanceMark {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(code, "code");
    }
}
