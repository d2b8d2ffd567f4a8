package vn.sotruong.core.rollover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.tt22.Outcome;
import vn.sotruong.core.assessment.tt27.Completion;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.gradebook.ClassResults;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.gradebook.ResultPeriod;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Enrolment;
import vn.sotruong.core.pupil.EnrolmentStore;
import vn.sotruong.core.pupil.Movement;
import vn.sotruong.core.pupil.MovementKind;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.core.year.Term;
import vn.sotruong.core.year.YearService;

/**
 * Chuyển năm học: the next school year is created with its calendar and subjects, each class moves up a grade
 * (7A → 8A), the lowest grade gets intake classes of this year's names, and every pupil still at the school is
 * placed by their approved year result — promoted into the next grade's class, retained into the same grade,
 * or, at the last grade, recorded as having completed the programme. Refused until the principal has approved
 * every class's year results.
 */
public final class RolloverService {
    private final YearService years;
    private final OrganisationStore classes;
    private final EnrolmentStore enrolments;
    private final ResultsService results;
    private final vn.sotruong.core.school.SchoolStore school;
    private final AuditLog audit;
    private final Transactions tx;

    public RolloverService(YearService years, OrganisationStore classes, EnrolmentStore enrolments,
                           ResultsService results, vn.sotruong.core.school.SchoolStore school, AuditLog audit,
                           Transactions tx) {
        this.years = years;
        this.classes = classes;
        this.enrolments = enrolments;
        this.results = results;
        this.school = school;
        this.audit = audit;
        this.tx = tx;
    }

    public RolloverPlan plan(Actor actor, long fromYearId) {
        actor.require(Permission.SCHOOL_SETUP);
        SchoolYear from = years.requireYear(fromYearId);
        SchoolLevel level = school.find().orElseThrow(() -> new DomainException("school.notSetUp")).level();
        int lowest = level.grades().getFirst();
        int highest = level.grades().getLast();
        List<SchoolClass> now = classes.classes(fromYearId).stream()
                .sorted(Comparator.comparingInt(SchoolClass::grade).thenComparing(SchoolClass::name)).toList();
        List<RolloverPlan.NewClass> next = new ArrayList<>();
        for (SchoolClass c : now) {
            if (c.grade() == lowest) {
                next.add(new RolloverPlan.NewClass(lowest, c.name(), null));
            }
            if (c.grade() < highest) {
                next.add(new RolloverPlan.NewClass(c.grade() + 1, rename(c), c.name()));
            }
        }
        next.sort(Comparator.comparingInt(RolloverPlan.NewClass::grade).thenComparing(RolloverPlan.NewClass::name));
        List<Placement> placements = new ArrayList<>();
        List<String> unapproved = new ArrayList<>();
        for (SchoolClass c : now) {
            ClassResults r = results.classResults(actor, c.id());
            boolean hasPupils = r.rows().stream().anyMatch(p -> p.pupil().current());
            if (hasPupils && results.approvals(actor, c.id()).stream().noneMatch(a -> a.period().equals(ResultPeriod.CN.name()))) {
                unapproved.add(c.name());
            }
            for (PupilResult p : r.rows()) {
                if (p.pupil().current()) {
                    placements.add(place(c, p, highest, next));
                }
            }
        }
        for (Placement p : placements) {
            if (p.toClass() != null && next.stream().noneMatch(n -> n.name().equals(p.toClass()))) {
                int grade = p.decision() == Placement.Decision.RETAINED ? gradeOf(now, p.fromClass()) : lowest;
                next.add(new RolloverPlan.NewClass(grade, p.toClass(), null));
            }
        }
        next.sort(Comparator.comparingInt(RolloverPlan.NewClass::grade).thenComparing(RolloverPlan.NewClass::name));
        return new RolloverPlan(fromYearId, from.startYear() + 1, next, placements, unapproved);
    }

    /** Carries out the plan made now, without a backup first (tests of the rules); returns the new year's id. */
    public long execute(Actor actor, long fromYearId) {
        return execute(actor, fromYearId, SafetyBackup.NONE);
    }

    /**
     * Carries out the plan made now; returns the new year's id. When the plan may be carried out, {@code backup}
     * runs first (outside the rollover's transaction) and a failure there refuses the rollover, nothing changed.
     */
    public long execute(Actor actor, long fromYearId, SafetyBackup backup) {
        RolloverPlan plan = plan(actor, fromYearId);
        if (alreadyDone(plan)) {
            throw new DomainException("rollover.alreadyDone", SchoolYear.label(plan.nextStartYear()));
        }
        if (!plan.unapprovedClasses().isEmpty()) {
            throw new DomainException("rollover.resultsNotApproved", String.join(", ", plan.unapprovedClasses()));
        }
        plan.placements().stream().filter(p -> p.decision() == Placement.Decision.UNDECIDED).findFirst().ifPresent(p -> {
            throw new DomainException("rollover.undecided", p.pupil().code(), p.fromClass());
        });
        backup.beforeRollover(actor);
        return tx.inTransaction(() -> {
            long newYear = years.createYear(actor, plan.nextStartYear());
            LocalDate firstDay = years.terms(newYear).stream().map(Term::start).min(Comparator.naturalOrder())
                    .orElseThrow();
            Map<String, Long> ids = new LinkedHashMap<>();
            for (RolloverPlan.NewClass nc : plan.classes()) {
                ids.put(nc.name(), classes.createClass(newYear, nc.grade(), nc.name(), null));
            }
            Map<Long, Long> oldClassOfPupil = new HashMap<>();
            for (Enrolment e : enrolments.inYear(fromYearId)) {
                if (e.isOpen()) {
                    oldClassOfPupil.put(e.pupilId(), e.classId());
                }
            }
            List<Enrolment> newEnrolments = new ArrayList<>();
            List<Movement> moves = new ArrayList<>();
            for (Placement p : plan.placements()) {
                long pupil = p.pupil().id();
                Long oldClass = oldClassOfPupil.get(pupil);
                if (p.decision() == Placement.Decision.COMPLETED) {
                    enrolments.inYear(fromYearId).stream().filter(e -> e.pupilId() == pupil && e.isOpen())
                            .forEach(e -> enrolments.end(e.id(), firstDay));
                    moves.add(new Movement(0, pupil, MovementKind.COMPLETED, firstDay, "rollover", null, oldClass, null,
                            actor.login()));
                } else {
                    long to = ids.get(p.toClass());
                    newEnrolments.add(new Enrolment(0, pupil, newYear, to, firstDay, null));
                    moves.add(new Movement(0, pupil, MovementKind.PROMOTION, firstDay, p.decision().name(), null,
                            oldClass, to, actor.login()));
                }
            }
            enrolments.enrol(newEnrolments);
            enrolments.record(moves);
            audit.record(new AuditEvent(actor.login(), AuditKind.PUPIL_MOVED, "year:" + SchoolYear.label(plan.nextStartYear()),
                    "rollover: " + plan.count(Placement.Decision.PROMOTED) + " promoted, "
                            + plan.count(Placement.Decision.RETAINED) + " retained, "
                            + plan.count(Placement.Decision.COMPLETED) + " completed; " + plan.classes().size()
                            + " classes", actor.workstation()));
            return newYear;
        });
    }

    /** Whether the next year of the plan exists already (the rollover was carried out). */
    public boolean alreadyDone(RolloverPlan plan) {
        return years.years().stream().anyMatch(y -> y.startYear() == plan.nextStartYear());
    }

    private static int gradeOf(List<SchoolClass> classes, String name) {
        return classes.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().grade();
    }

    private static Placement place(SchoolClass c, PupilResult p, int highest, List<RolloverPlan.NewClass> next) {
        Placement.Decision d = decision(p);
        String to = switch (d) {
            case PROMOTED -> c.grade() == highest ? null : rename(c);
            case RETAINED -> sameGradeClass(c, next);
            default -> null;
        };
        if (d == Placement.Decision.PROMOTED && c.grade() == highest) {
            d = Placement.Decision.COMPLETED;
        }
        return new Placement(p.pupil().pupil(), c.name(), d, to);
    }

    private static Placement.Decision decision(PupilResult p) {
        if (p.tt22() != null) {
            Outcome o = p.tt22().promotion().outcome();
            return o == Outcome.PROMOTED ? Placement.Decision.PROMOTED
                    : o == Outcome.NOT_PROMOTED ? Placement.Decision.RETAINED : Placement.Decision.UNDECIDED;
        }
        Completion c = p.tt27().completion();
        return p.tt27().promoted() ? Placement.Decision.PROMOTED
                : c == Completion.NOT_PROMOTED ? Placement.Decision.RETAINED : Placement.Decision.UNDECIDED;
    }

    /** The same grade next year: the class of this name if it exists, else the first of that grade. */
    private static String sameGradeClass(SchoolClass c, List<RolloverPlan.NewClass> next) {
        return next.stream().filter(n -> n.grade() == c.grade() && n.name().equals(c.name())).findFirst()
                .or(() -> next.stream().filter(n -> n.grade() == c.grade()).findFirst())
                .map(RolloverPlan.NewClass::name).orElse(c.name());
    }

    /** "7A" → "8A", "7A1" → "8A1"; a name that does not start with its grade keeps its name with the grade before it. */
    static String rename(SchoolClass c) {
        String g = Integer.toString(c.grade());
        return c.name().startsWith(g) ? (c.grade() + 1) + c.name().substring(g.length()) : (c.grade() + 1) + " " + c.name();
    }
}
