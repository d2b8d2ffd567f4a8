package vn.sotruong.core.pupil;

import java.time.LocalDate;

/**
 * A pupil's place in a class (xếp lớp) from one day until another: {@code until} is the first day
 * they no longer attend (exclusive), null while they still do. A class change ends one and starts
 * the next, so the books of the period a pupil attended keep them.
 */
public record Enrolment(long id, long pupilId, long yearId, long classId, LocalDate from, LocalDate until) {
    public boolean isOpen() {
        return until == null;
    }

    public boolean coversDate(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
}
