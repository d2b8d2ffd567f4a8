package vn.sotruong.core.attendance;

import java.time.LocalDate;

/**
 * Sửa một ô điểm danh: one pupil's cell for a day and session as typed ({@code code} null = present), with the
 * version of the cell the typist saw ({@code seenVersion} 0 = never changed; null = do not check).
 */
public record MarkEdit(long pupilId, LocalDate date, DaySession session, AttendanceCode code, Integer seenVersion) {
    /** The cell as a day and session of the register. */
    public ClassDay day() {
        return new ClassDay(date, session);
    }
}
