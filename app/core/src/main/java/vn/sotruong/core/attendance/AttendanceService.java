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

    /**
     * The versions of the class's cells in a month (cells never changed have none: version 0), for whoever may read
     * the class.
     */
    public List<MarkVersion> versions(Actor actor, long classId, YearMonth month) {
        SchoolClass c = access.requireSee(actor, classId);
        return marks.versions(monthPupils(c, month), month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /**
     * Số lần thay đổi của sổ điểm danh tháng: grows with every change of the month's cells of the class's pupils (by
     * anyone, from any computer), so an open grid knows when to read the month again.
     */
    public long changeCount(Actor actor, long classId, YearMonth month) {
        SchoolClass c = access.requireSee(actor, classId);
        return marks.changeCount(monthPupils(c, month), month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /**
     * Saves typed cells of one month of the class, all or nothing (from a workstation's grid, or the office PC's):
     * every cell must be a school day of {@code month} in a session the school keeps, of a pupil in the class that
     * day, named once; a cell changed by someone else since the version the typist saw is refused with who changed
     * it and to what ({@code attendance.changedMeanwhile}); the same value again by the same person (a retry whose
     * answer was lost) is taken as saved. Each changed day is written and audited as {@link #enterDay} does.
     *
     * @throws MarksRefused with every wrong cell; nothing is written
     */
    public MarksSaved saveMarks(Actor actor, long classId, YearMonth month, List<MarkEdit> edits) {
        SchoolClass c = access.requireEdit(actor, classId);
        Require.that(month != null, "pupil.dateRequired");
        SchoolDays days = schoolDays(c.yearId());
        List<DaySession> kept = sessions();
        return tx.inTransaction(() -> {
            List<MarkProblem> problems = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            Map<LocalDate, List<Long>> here = new HashMap<>();
            List<MarkEdit> valid = new ArrayList<>();
            for (MarkEdit e : edits) {
                if (e.date() == null || e.session() == null) {
                    problems.add(new MarkProblem(e.pupilId(), e.date() == null ? month.atDay(1) : e.date(),
                            e.session() == null ? DaySession.SANG : e.session(), "attendance.cellInvalid", List.of()));
                } else if (!YearMonth.from(e.date()).equals(month)) {
                    problems.add(MarkProblem.of(e, "attendance.otherMonth", SchoolDays.text(e.date()),
                            month.getMonthValue() + "/" + month.getYear()));
                } else if (!kept.contains(e.session())) {
                    problems.add(MarkProblem.of(e, "attendance.sessionNotKept", e.session().label()));
                } else if (!days.inYear(e.date())) {
                    problems.add(MarkProblem.of(e, "attendance.outsideYear", SchoolDays.text(e.date())));
                } else if (!days.isSchoolDay(e.date())) {
                    problems.add(MarkProblem.of(e, "attendance.notSchoolDay", SchoolDays.text(e.date())));
                } else if (!here.computeIfAbsent(e.date(), d -> enrolments.inClassOn(classId, d).stream()
                        .map(Enrolment::pupilId).toList()).contains(e.pupilId())) {
                    String who = pupils.find(e.pupilId()).map(Pupil::code).orElse("#" + e.pupilId());
                    problems.add(MarkProblem.of(e, "attendance.notEnrolled", who, c.name(),
                            SchoolDays.text(e.date())));
                } else if (!seen.add(MarkCells.key(e.date(), e.session()) + "/" + e.pupilId())) {
                    problems.add(MarkProblem.of(e, "attendance.cellTwice", SchoolDays.text(e.date()),
                            e.session().label()));
                } else {
                    valid.add(e);
                }
            }
            List<Long> ids = valid.stream().map(MarkEdit::pupilId).distinct().toList();
            LocalDate from = month.atDay(1);
            LocalDate to = month.plusMonths(1).atDay(1);
            Map<String, MarkVersion> versions = new HashMap<>();
            marks.versions(ids, from, to).forEach(v -> versions.put(v.pupilId() + "/" + v.day(), v));
            Map<ClassDay, Map<Long, AttendanceCode>> byDay = new java.util.TreeMap<>();
            for (MarkEdit e : valid) {
                byDay.computeIfAbsent(e.day(), d -> {
                    Map<Long, AttendanceCode> m = new HashMap<>();
                    marks.marksOfDay(classId, d.date(), d.session()).forEach(x -> m.put(x.pupilId(), x.code()));
                    return m;
                });
            }
            List<MarkEdit> toWrite = new ArrayList<>();
            for (MarkEdit e : valid) {
                MarkVersion v = versions.get(e.pupilId() + "/" + e.day());
                int now = v == null ? 0 : v.version();
                AttendanceCode current = byDay.get(e.day()).get(e.pupilId());
                if (e.seenVersion() != null && e.seenVersion() != now) {
                    if (current == e.code() && v != null && v.changedBy().equals(actor.login())) {
                        continue; // a retry of a save whose answer was lost: the cell already holds it
                    }
                    problems.add(MarkProblem.of(e, "attendance.changedMeanwhile", v == null ? "" : v.changedBy(),
                            letter(current)));
                    continue;
                }
                toWrite.add(e);
            }
            if (!problems.isEmpty()) {
                throw new MarksRefused(problems);
            }
            int changed = 0;
            Map<ClassDay, List<MarkEdit>> grouped = new java.util.TreeMap<>();
            toWrite.forEach(e -> grouped.computeIfAbsent(e.day(), d -> new ArrayList<>()).add(e));
            for (Map.Entry<ClassDay, List<MarkEdit>> g : grouped.entrySet()) {
                ClassDay d = g.getKey();
                Map<Long, AttendanceCode> after = new HashMap<>(byDay.get(d));
                g.getValue().forEach(e -> after.put(e.pupilId(), e.code()));
                List<AttendanceMark> wanted = new ArrayList<>();
                after.forEach((id, code) -> {
                    if (code != null) {
                        wanted.add(new AttendanceMark(id, d.date(), d.session(), code));
                    }
                });
                changed += replace(actor, c, d, marks.marksOfDay(classId, d.date(), d.session()), wanted, "",
                        Map.of());
            }
            java.util.Set<String> named = new java.util.HashSet<>();
            valid.forEach(e -> named.add(e.pupilId() + "/" + e.day()));
            List<MarkVersion> now = marks.versions(ids, from, to).stream()
                    .filter(v -> named.contains(v.pupilId() + "/" + v.day())).toList();
            return new MarksSaved(changed, now, marks.changeCount(monthPupils(c, month), from, to));
        });
    }

    /** The pupils who belonged to the class on some school day of the month. */
    private List<Long> monthPupils(SchoolClass c, YearMonth month) {
        List<LocalDate> schoolDays = schoolDays(c.yearId()).of(month);
        return enrolments.inClass(c.id()).stream().filter(e -> schoolDays.stream().anyMatch(e::coversDate))
                .map(Enrolment::pupilId).distinct().toList();
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
        marks.bumpVersions(day.date(), day.session(), changed, actor.login());
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
