package vn.sotruong.core.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.common.VietnameseText;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Enrolment;
import vn.sotruong.core.pupil.EnrolmentStore;
import vn.sotruong.core.pupil.ImportIssue;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.pupil.PupilAccess;
import vn.sotruong.core.pupil.PupilStore;
import vn.sotruong.core.school.SchoolSettings;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.HolidayCalendar;
import vn.sotruong.core.year.YearStore;

/**
 * Điểm danh: the homeroom teacher (or the office, {@code PUPILS_EDIT}) enters a class's attendance a
 * day and session at a time; whoever sees the class reads its months and totals. Each changed day
 * is saved whole, in one transaction with an {@link AuditKind#ATTENDANCE_CHANGED} event naming every
 * pupil whose mark changed, old → new.
 */
public final class AttendanceService {
    private final AttendanceStore marks;
    private final PupilStore pupils;
    private final EnrolmentStore enrolments;
    private final YearStore years;
    private final SchoolSettings settings;
    private final PupilAccess access;
    private final AuditLog audit;
    private final Transactions tx;

    public AttendanceService(AttendanceStore marks, PupilStore pupils, EnrolmentStore enrolments,
                             OrganisationStore classes, YearStore years, SchoolSettings settings, AuditLog audit,
                             Transactions tx) {
        this.marks = marks;
        this.pupils = pupils;
        this.enrolments = enrolments;
        this.years = years;
        this.settings = settings;
        this.access = new PupilAccess(classes);
        this.audit = audit;
        this.tx = tx;
    }

    /** The sessions the school takes attendance for (setting {@code attendance.sessions}). */
    public List<DaySession> sessions() {
        return DaySession.kept(settings.attendanceSessions());
    }

    /** The school days of a year, from its terms and holiday calendar. */
    public SchoolDays schoolDays(long yearId) {
        Require.that(years.find(yearId).isPresent(), "year.notFound");
        return new SchoolDays(years.terms(yearId), new HolidayCalendar(years.calendar(yearId)));
    }

    /** May the actor enter this class's attendance? (Buttons only; every change checks again.) */
    public boolean canEnter(Actor actor, SchoolClass c) {
        return access.canEdit(actor, c);
    }

    /** The class's register for a month: days, pupils, marks and tallies. */
    public ClassMonth month(Actor actor, long classId, YearMonth month) {
        SchoolClass c = access.requireSee(actor, classId);
        SchoolDays days = schoolDays(c.yearId());
        List<LocalDate> schoolDays = days.of(month);
        Map<Long, List<Enrolment>> inClass = new HashMap<>();
        for (Enrolment e : enrolments.inClass(classId)) {
            if (schoolDays.stream().anyMatch(e::coversDate)) {
                inClass.computeIfAbsent(e.pupilId(), k -> new ArrayList<>()).add(e);
            }
        }
        List<AttendanceMark> found = marks.marks(classId, month.atDay(1), month.plusMonths(1).atDay(1));
        return new ClassMonth(c, month, schoolDays, sessions(), sorted(pupils.find(inClass.keySet())), inClass,
                found, access.canEdit(actor, c));
    }

    /**
     * Saves a class's whole day and session: {@code codes} holds the pupils who were not simply present
     * (a pupil left out, or mapped to null, was present). Refusals: {@code attendance.sessionNotKept},
     * {@code attendance.outsideYear}, {@code attendance.notSchoolDay}, {@code attendance.notEnrolled}.
     *
     * @return how many pupils' marks changed (0: nothing written, nothing audited)
     */
    public int enterDay(Actor actor, long classId, LocalDate day, DaySession session,
                        Map<Long, AttendanceCode> codes) {
        SchoolClass c = access.requireEdit(actor, classId);
        Require.that(day != null && session != null, "pupil.dateRequired");
        Require.that(sessions().contains(session), "attendance.sessionNotKept", session.label());
        SchoolDays days = schoolDays(c.yearId());
        Require.that(days.inYear(day), "attendance.outsideYear", SchoolDays.text(day));
        Require.that(days.isSchoolDay(day), "attendance.notSchoolDay", SchoolDays.text(day));
        List<AttendanceMark> wanted = new ArrayList<>();
        codes.forEach((pupilId, code) -> {
            if (code != null) {
                wanted.add(new AttendanceMark(pupilId, day, session, code));
            }
        });
        return tx.inTransaction(() -> {
            List<Long> here = enrolments.inClassOn(classId, day).stream().map(Enrolment::pupilId).toList();
            for (AttendanceMark m : wanted) {
                if (!here.contains(m.pupilId())) {
                    String who = pupils.find(m.pupilId()).map(Pupil::code).orElse("#" + m.pupilId());
                    throw new DomainException("attendance.notEnrolled", who, c.name(), SchoolDays.text(day));
                }
            }
            return replace(actor, c, new ClassDay(day, session), marks.marksOfDay(classId, day, session), wanted, "",
                    Map.of());
        });
    }

    /**
     * Imports sheet DIEMDANH into a class, all or nothing: each day and session the file names is
     * replaced by the file's rows for it (days the file does not name are left as they are). Any
     * error — a bad date (31/02), a day off, a day outside the year, an unknown code or session, a
     * pupil unknown, not in the class, or not in it on that day (left or not yet arrived), the same
     * cell twice — stores nothing and names the row.
     */
    public AttendanceImportResult importMarks(Actor actor, long classId, List<AttendanceRow> rows) {
        SchoolClass c = access.requireEdit(actor, classId);
        return tx.inTransaction(() -> {
            SchoolDays days = schoolDays(c.yearId());
            Map<String, Long> idByCode = new HashMap<>();
            Map<Long, String> codeById = new HashMap<>();
            pupils.all().forEach(p -> {
                idByCode.put(p.code(), p.id());
                codeById.put(p.id(), p.code());
            });
            Map<Long, List<Enrolment>> inClass = enrolments.inClass(classId).stream()
                    .collect(Collectors.groupingBy(Enrolment::pupilId));
            AttendanceImportCheck check = new AttendanceImportCheck(
                    new AttendanceImportCheck.Context(days, sessions(), idByCode, inClass)).check(rows);
            if (check.issues().stream().anyMatch(ImportIssue::isError)) {
                return new AttendanceImportResult(0, 0, check.issues());
            }
            SortedMap<ClassDay, List<AttendanceMark>> file = check.accepted();
            Map<ClassDay, List<AttendanceMark>> stored = new HashMap<>();
            marks.marks(classId, file.firstKey().date(), file.lastKey().date().plusDays(1))
                    .forEach(m -> stored.computeIfAbsent(new ClassDay(m.date(), m.session()), k -> new ArrayList<>())
                            .add(m));
            int count = 0;
            for (Map.Entry<ClassDay, List<AttendanceMark>> e : file.entrySet()) {
                replace(actor, c, e.getKey(), stored.getOrDefault(e.getKey(), List.of()), e.getValue(), "import ",
                        codeById);
                count += e.getValue().size();
            }
            return new AttendanceImportResult(count, file.size(), check.issues());
        });
    }

    /** The class's pupils' tallies between two days (a term: its start to the day after its end). */
    public Map<Long, AbsenceTally> totals(Actor actor, long classId, LocalDate from, LocalDate toExclusive) {
        SchoolClass c = access.requireSee(actor, classId);
        List<Long> ids = enrolments.inClass(classId).stream().map(Enrolment::pupilId).distinct().toList();
        return marks.tallies(c.yearId(), from, toExclusive, ids);
    }

    /** The class's pupils' year tallies (all their classes that year), as Art 12 counts them. */
    public Map<Long, AbsenceTally> yearTotals(Actor actor, long classId) {
        SchoolClass c = access.requireSee(actor, classId);
        List<Long> ids = enrolments.inClass(classId).stream().map(Enrolment::pupilId).distinct().toList();
        return marks.yearTallies(c.yearId(), ids);
    }

    /**
     * Writes the day when it differs and audits who changed which pupil's mark from what to what.
     *
     * @param known pupil codes already at hand (id → mã học sinh); the others are looked up
     */
    private int replace(Actor actor, SchoolClass c, ClassDay day, Collection<AttendanceMark> old,
                        List<AttendanceMark> wanted, String how, Map<Long, String> known) {
        Map<Long, AttendanceCode> before = new HashMap<>();
        old.forEach(m -> before.put(m.pupilId(), m.code()));
        Map<Long, AttendanceCode> after = new HashMap<>();
        wanted.forEach(m -> after.put(m.pupilId(), m.code()));
        java.util.Set<Long> touched = new java.util.HashSet<>(before.keySet());
        touched.addAll(after.keySet());
        List<Long> changed = touched.stream().filter(id -> before.get(id) != after.get(id)).toList();
        if (changed.isEmpty()) {
            return 0;
        }
        Map<Long, String> codes = new HashMap<>();
        List<Long> unknown = new ArrayList<>();
        for (long id : changed) {
            if (known.containsKey(id)) {
                codes.put(id, known.get(id));
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            pupils.find(unknown).forEach(p -> codes.put(p.id(), p.code()));
        }
        TreeMap<String, String> changes = new TreeMap<>();
        for (long id : changed) {
            changes.put(codes.getOrDefault(id, "#" + id), letter(before.get(id)) + "→" + letter(after.get(id)));
        }
        marks.replaceDay(c.yearId(), c.id(), day.date(), day.session(), wanted);
        String detail = how + SchoolDays.text(day.date()) + " " + day.session().name() + ": " + changes.entrySet()
                .stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        audit.record(new AuditEvent(actor.login(), AuditKind.ATTENDANCE_CHANGED, "class:" + c.name(), detail,
                actor.workstation()));
        return changed.size();
    }

    private static String letter(AttendanceCode code) {
        return code == null ? "–" : code.letter();
    }

    private static List<Pupil> sorted(List<Pupil> list) {
        List<Pupil> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(Pupil::fullName, VietnameseText.personNameOrder()).thenComparing(Pupil::code));
        return copy;
    }
}
