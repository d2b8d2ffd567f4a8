package vn.sotruong.core.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Enrolment;
import vn.sotruong.core.pupil.Pupil;

/**
 * Sổ điểm danh của lớp trong một tháng: the school days of the month, the sessions the school keeps,
 * the pupils who belonged to the class on any of those days (class-list order, those who left
 * included), their marks, and each pupil's and the class's monthly tally. The grid, the monthly
 * summary and the printed monthly sheet all read it.
 */
public final class ClassMonth {
    private final SchoolClass schoolClass;
    private final YearMonth month;
    private final List<LocalDate> days;
    private final List<DaySession> sessions;
    private final List<Pupil> pupils;
    private final Map<Long, List<Enrolment>> enrolments;
    private final List<AttendanceMark> marks;
    private final boolean editable;
    private final Map<Long, Map<ClassDay, AttendanceCode>> byPupil = new HashMap<>();
    private final Map<Long, AbsenceTally> tallies;

    public ClassMonth(SchoolClass schoolClass, YearMonth month, List<LocalDate> days, List<DaySession> sessions,
                      List<Pupil> pupils, Map<Long, List<Enrolment>> enrolments, List<AttendanceMark> marks,
                      boolean editable) {
        this.schoolClass = schoolClass;
        this.month = month;
        this.days = List.copyOf(days);
        this.sessions = List.copyOf(sessions);
        this.pupils = List.copyOf(pupils);
        this.enrolments = Map.copyOf(enrolments);
        this.marks = List.copyOf(marks);
        this.editable = editable;
        for (AttendanceMark m : marks) {
            byPupil.computeIfAbsent(m.pupilId(), k -> new HashMap<>()).put(new ClassDay(m.date(), m.session()),
                    m.code());
        }
        this.tallies = AbsenceCounting.byPupil(marks);
    }

    public SchoolClass schoolClass() {
        return schoolClass;
    }

    public YearMonth month() {
        return month;
    }

    /** The month's school days, in order. */
    public List<LocalDate> days() {
        return days;
    }

    /** The sessions kept: Sáng, or Sáng and Chiều. */
    public List<DaySession> sessions() {
        return sessions;
    }

    /** The pupils in class-list order (Vietnamese given-name order). */
    public List<Pupil> pupils() {
        return pupils;
    }

    public List<AttendanceMark> marks() {
        return marks;
    }

    /** May the reader enter this class's attendance (homeroom teacher, or the office)? */
    public boolean editable() {
        return editable;
    }

    public Optional<AttendanceCode> code(long pupilId, LocalDate day, DaySession session) {
        return Optional.ofNullable(byPupil.getOrDefault(pupilId, Map.of()).get(new ClassDay(day, session)));
    }

    /** Was the pupil in this class on that day? Cells outside their enrolment take no mark. */
    public boolean enrolledOn(long pupilId, LocalDate day) {
        return enrolments.getOrDefault(pupilId, List.of()).stream().anyMatch(e -> e.coversDate(day));
    }

    /** The pupil's month, counted as Art 12 counts (one buổi a day). */
    public AbsenceTally tally(long pupilId) {
        return tallies.getOrDefault(pupilId, AbsenceTally.NONE);
    }

    /** The class's month: the sum of its pupils' tallies. */
    public AbsenceTally classTally() {
        return pupils.stream().map(p -> tally(p.id())).reduce(AbsenceTally.NONE, AbsenceTally::plus);
    }
}
