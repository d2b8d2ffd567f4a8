package vn.sotruong.core.year;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.curriculum.Programme2018;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.curriculum.SubjectStore;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.school.SchoolStore;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/** School years, their terms, teaching weeks, holiday calendar and subjects. */
public final class YearService {
    private final YearStore years;
    private final SubjectStore subjects;
    private final SchoolStore school;
    private final AuditLog audit;
    private final Transactions tx;

    public YearService(YearStore years, SubjectStore subjects, SchoolStore school, AuditLog audit, Transactions tx) {
        this.years = years;
        this.subjects = subjects;
        this.school = school;
        this.audit = audit;
        this.tx = tx;
    }

    public List<SchoolYear> years() {
        return years.list();
    }

    /** The current year: the single open one, else the newest. */
    public Optional<SchoolYear> currentYear() {
        List<SchoolYear> all = years.list();
        List<SchoolYear> open = all.stream().filter(SchoolYear::open).toList();
        if (open.size() == 1) {
            return Optional.of(open.getFirst());
        }
        return all.stream().max(java.util.Comparator.comparingInt(SchoolYear::startYear));
    }

    public SchoolYear requireYear(long yearId) {
        return years.find(yearId).orElseThrow(() -> new DomainException("year.notFound"));
    }

    public long createYear(Actor actor, int startYear) {
        actor.require(Permission.SCHOOL_SETUP);
        return tx.inTransaction(() -> createYearDuringSetup(startYear, actor.login(), actor.workstation()));
    }

    /** Creates a year with its default calendar, terms, weeks and the 2018 programme's subjects. */
    public long createYearDuringSetup(int startYear, String by, String workstation) {
        Require.that(startYear >= 2000 && startYear < 2100, "year.invalid");
        Require.that(years.list().stream().noneMatch(y -> y.startYear() == startYear), "year.exists",
                SchoolYear.label(startYear));
        SchoolLevel level = school.find().orElseThrow(() -> new DomainException("school.notSetUp")).level();
        long id = years.create(startYear);
        List<CalendarDay> holidays = YearDefaults.holidays(startYear);
        years.replaceCalendar(id, holidays);
        HolidayCalendar calendar = new HolidayCalendar(holidays);
        List<Term> terms = YearDefaults.terms(startYear, calendar);
        years.saveTerms(id, terms);
        years.saveWeeks(id, new TeachingWeekPlanner(calendar).plan(terms));
        for (Subject s : Programme2018.subjects(level)) {
            subjects.create(id, s);
        }
        audit.record(new AuditEvent(by, AuditKind.YEAR_CREATED, "year:" + SchoolYear.label(startYear),
                YearDefaults.hasHolidayTable(startYear) ? "" : "holiday table not shipped: fixed-date holidays only",
                workstation));
        return id;
    }

    public List<Term> terms(long yearId) {
        return years.terms(yearId);
    }

    public List<TeachingWeek> weeks(long yearId) {
        return years.weeks(yearId);
    }

    public HolidayCalendar calendar(long yearId) {
        return new HolidayCalendar(years.calendar(yearId));
    }

    public WorkingDayCalculator workingDays(long yearId) {
        return new WorkingDayCalculator(calendar(yearId));
    }

    public List<Subject> subjects(long yearId) {
        return subjects.list(yearId);
    }

    /** Adds or replaces a calendar entry and renumbers the teaching weeks. */
    public void setCalendarDay(Actor actor, long yearId, CalendarDay day) {
        actor.require(Permission.SCHOOL_SETUP);
        Require.text(day.name(), "calendar.nameRequired");
        tx.run(() -> {
            requireYear(yearId);
            List<CalendarDay> days = new ArrayList<>(years.calendar(yearId));
            days.removeIf(d -> d.date().equals(day.date()));
            days.add(day);
            saveCalendar(actor, yearId, days, day.date() + " " + day.kind() + " " + day.name());
        });
    }

    public void removeCalendarDay(Actor actor, long yearId, java.time.LocalDate date) {
        actor.require(Permission.SCHOOL_SETUP);
        tx.run(() -> {
            List<CalendarDay> days = new ArrayList<>(years.calendar(yearId));
            Require.that(days.removeIf(d -> d.date().equals(date)), "calendar.dayNotFound");
            saveCalendar(actor, yearId, days, date + " removed");
        });
    }

    /** Changes a term's first day and week count; the end and all week numbers follow. */
    public void setTermStart(Actor actor, long yearId, int termNumber, java.time.LocalDate start, int teachingWeeks) {
        actor.require(Permission.SCHOOL_SETUP);
        Require.that(teachingWeeks >= 1 && teachingWeeks <= 26, "term.weeksInvalid");
        tx.run(() -> {
            List<Term> terms = new ArrayList<>(years.terms(yearId));
            Require.that(termNumber == 1 || termNumber == 2, "term.invalid");
            HolidayCalendar cal = calendar(yearId);
            TeachingWeekPlanner planner = new TeachingWeekPlanner(cal);
            Term changed = new Term(termNumber, start, null, teachingWeeks);
            terms.set(termNumber - 1, new Term(termNumber, start, planner.endOf(changed), teachingWeeks));
            List<Term> withEnds = terms.stream()
                    .map(t -> new Term(t.number(), t.start(), planner.endOf(t), t.teachingWeeks())).toList();
            Require.that(!withEnds.get(1).start().isBefore(withEnds.get(0).end().plusDays(1)), "term.overlap");
            years.saveTerms(yearId, withEnds);
            years.saveWeeks(yearId, planner.plan(withEnds));
            audit.record(new AuditEvent(actor.login(), AuditKind.TERM_CHANGED, "year:" + requireYear(yearId).label(),
                    "HK" + termNumber + " from " + start + ", " + teachingWeeks + " weeks", actor.workstation()));
        });
    }

    private void saveCalendar(Actor actor, long yearId, List<CalendarDay> days, String detail) {
        years.replaceCalendar(yearId, days);
        HolidayCalendar cal = new HolidayCalendar(days);
        TeachingWeekPlanner planner = new TeachingWeekPlanner(cal);
        List<Term> terms = years.terms(yearId).stream()
                .map(t -> new Term(t.number(), t.start(), planner.endOf(t), t.teachingWeeks())).toList();
        years.saveTerms(yearId, terms);
        years.saveWeeks(yearId, planner.plan(terms));
        audit.record(new AuditEvent(actor.login(), AuditKind.CALENDAR_CHANGED, "year:" + requireYear(yearId).label(),
                detail, actor.workstation()));
    }

    /** Changes a subject's periods per year or form (e.g. a local programme). */
    public void updateSubject(Actor actor, long yearId, Subject subject) {
        actor.require(Permission.SCHOOL_SETUP);
        Require.text(subject.name(), "subject.nameRequired");
        subject.periodsPerGrade().values().forEach(p -> Require.that(p > 0 && p <= 600, "subject.periodsInvalid"));
        tx.run(() -> {
            subjects.update(yearId, subject);
            audit.record(new AuditEvent(actor.login(), AuditKind.SUBJECT_CHANGED, "subject:" + subject.code(),
                    subject.periodsPerGrade().toString(), actor.workstation()));
        });
    }
}
