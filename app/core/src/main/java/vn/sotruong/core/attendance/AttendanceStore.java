package vn.sotruong.core.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The attendance register's marks; a pupil without a mark for a day and session was present. */
public interface AttendanceStore extends AbsenceCounts {
    /** The class's marks from {@code from} (inclusive) to {@code toExclusive}, by date, session and pupil. */
    List<AttendanceMark> marks(long classId, LocalDate from, LocalDate toExclusive);

    /** The marks entered for the class on one day and session. */
    List<AttendanceMark> marksOfDay(long classId, LocalDate day, DaySession session);

    /** Replaces the class's marks for the day and session by {@code marks} (all of that day and session). */
    void replaceDay(long yearId, long classId, LocalDate day, DaySession session, Collection<AttendanceMark> marks);

    /** Adds marks in batches (the demo school); none may exist yet for the same pupil, day and session. */
    void insert(long yearId, long classId, List<AttendanceMark> marks);

    /** The versions of the pupils' cells from {@code from} (inclusive) to {@code toExclusive} (cells never changed: none). */
    List<MarkVersion> versions(Collection<Long> pupilIds, LocalDate from, LocalDate toExclusive);

    /** Counts one more change of each pupil's cell for the day and session, by {@code login}. */
    void bumpVersions(LocalDate day, DaySession session, Collection<Long> pupilIds, String login);

    /** The sum of the pupils' cell versions in the period: grows with every change of those cells. */
    long changeCount(Collection<Long> pupilIds, LocalDate from, LocalDate toExclusive);
}
