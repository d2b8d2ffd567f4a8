package vn.sotruong.core.gradebook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.sotruong.core.attendance.AbsenceCounts;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.assessment.tt22.Outcome;
import vn.sotruong.core.assessment.tt22.StudentYear;
import vn.sotruong.core.assessment.tt22.StudentYearResult;
import vn.sotruong.core.assessment.tt22.Tt22RuleSet;
import vn.sotruong.core.assessment.tt27.PrimaryYear;
import vn.sotruong.core.assessment.tt27.PrimaryYearResult;
import vn.sotruong.core.assessment.tt27.Tt27RuleSet;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.organisation.TeachingScope;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * Kết quả: a class's (or the whole school's) year results computed now from the stored entries through the
 * year's rule set, what is still missing, and the principal's approval, which is refused while any required
 * entry is missing.
 */
public final class ResultsService {
    private final ClassBooks books;
    private final GradebookStore store;
    private final GradebookAccess access;
    private final TeachingScope scope;
    private final AbsenceCounts absences;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public ResultsService(ClassBooks books, OrganisationStore classes, GradebookStore store, AbsenceCounts absences,
                          AuditLog audit, Transactions tx, Clock clock) {
        this.books = books;
        this.store = store;
        this.access = new GradebookAccess(classes);
        this.scope = new TeachingScope(classes);
        this.absences = absences;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public ClassResults classResults(Actor actor, long classId) {
        ClassBook book = readable(actor, classId);
        return compute(book, byPupil(store.entries(book.schoolClass().yearId(), book.pupilIds())));
    }

    /** Every class of the year that the actor sees (all of them for the school-wide roles). */
    public List<ClassResults> yearResults(Actor actor, long yearId) {
        return results(yearId, c -> access.canRead(actor, c));
    }

    /**
     * The classes a reviewer reads: those they see, and for a department head (tổ trưởng) also the classes where
     * their department's teachers teach.
     */
    private Predicate<SchoolClass> reviewable(Actor actor, long yearId) {
        actor.require(Permission.REVIEW);
        Set<Long> department = scope.departmentClasses(yearId, scope.departmentStaff(actor));
        return c -> access.canRead(actor, c) || department.contains(c.id());
    }

    /**
     * What a reviewer reads, as books and entries without computing results (the review computes only what it
     * shows): the classes they read, every entry of their pupils in one bulk read — or, when {@code subject} is
     * given, only that subject's entries.
     */
    public YearBooks reviewBooks(Actor actor, long yearId, String subject) {
        return read(yearId, reviewable(actor, yearId), subject);
    }

    private YearBooks read(long yearId, Predicate<SchoolClass> readable, String subject) {
        List<ClassBook> all = books.loadYear(yearId).stream().filter(b -> readable.test(b.schoolClass())).toList();
        List<Long> pupils = all.stream().flatMap(b -> b.pupilIds().stream()).distinct().toList();
        return YearBooks.of(yearId, all, subject == null ? store.entries(yearId, pupils)
                : store.entries(yearId, pupils, Area.SUBJECT, subject));
    }

    private List<ClassResults> results(long yearId, Predicate<SchoolClass> readable) {
        YearBooks year = read(yearId, readable, null);
        return year.books().stream().map(b -> compute(b, year.entriesByPupil())).toList();
    }

    /** The required cells not entered yet for the period, for the pupils still in the class. */
    public List<MissingEntry> missing(Actor actor, long classId, ResultPeriod period) {
        ClassBook book = readable(actor, classId);
        return MissingEntries.find(book, byPupil(store.entries(book.schoolClass().yearId(), book.pupilIds())), period);
    }

    /**
     * The principal approves the class's results for the period; refused ({@code results.incomplete}) while a
     * required entry is missing or, for the year, a pupil's result cannot be decided yet.
     */
    public Approval approve(Actor actor, long classId, ResultPeriod period) {
        actor.require(Permission.RESULTS_APPROVE);
        ClassBook book = readable(actor, classId);
        SchoolClass c = book.schoolClass();
        return tx.inTransaction(() -> {
            Map<Long, List<Entry>> entries = byPupil(store.entries(c.yearId(), book.pupilIds()));
            List<MissingEntry> missing = MissingEntries.find(book, entries, period);
            if (!missing.isEmpty()) {
                MissingEntry first = missing.getFirst();
                throw new DomainException("results.incomplete", c.name(), missing.size(), first.pupilCode(),
                        first.sheet().label() + " " + first.header());
            }
            ClassResults results = compute(book, entries);
            if (period == ResultPeriod.CN) {
                results.rows().stream().filter(r -> r.pupil().current() && undecided(r)).findFirst().ifPresent(r -> {
                    throw new DomainException("results.undecided", c.name(), r.pupil().pupil().code());
                });
            }
            Approval a = new Approval(c.yearId(), c.id(), period.name(), actor.login(), clock.instant(),
                    fingerprint(results));
            store.approve(a);
            audit.record(new AuditEvent(actor.login(), AuditKind.RESULTS_APPROVED, "class:" + c.name(),
                    period.name() + " " + a.fingerprint(), actor.workstation()));
            return a;
        });
    }

    public List<Approval> approvals(Actor actor, long classId) {
        ClassBook book = readable(actor, classId);
        return store.approvals(book.schoolClass().yearId(), classId);
    }

    private ClassBook readable(Actor actor, long classId) {
        SchoolClass c = books.requireClass(classId);
        access.requireRead(actor, c);
        return books.load(c);
    }

    private ClassResults compute(ClassBook book, Map<Long, List<Entry>> entries) {
        int grade = book.schoolClass().grade();
        Map<Long, AbsenceTally> absent = absences.yearTallies(book.schoolClass().yearId(), book.pupilIds());
        List<PupilResult> rows = new ArrayList<>();
        for (RosterRow r : book.roster()) {
            List<Entry> mine = entries.getOrDefault(r.pupilId(), List.of());
            AbsenceTally a = absent.getOrDefault(r.pupilId(), AbsenceTally.NONE);
            if (book.rules() instanceof Tt22RuleSet rules) {
                StudentYearResult y = secondary(rules, Tt22Assembler.year(rules, book.subjects(), grade, mine, a.absences()));
                rows.add(new PupilResult(r, a, y, null));
            } else if (book.rules() instanceof Tt27RuleSet rules) {
                rows.add(new PupilResult(r, a, null, primary(rules, Tt27Assembler.year(book.subjects(), grade, mine))));
            }
        }
        return new ClassResults(book, rows);
    }

    /**
     * A summer entry for a pupil who is not (or no longer) eligible for it — entered before the year was complete,
     * or against the rules — changes nothing: the year is decided without it, and the entry stays visible in the
     * sheet for the office to remove, instead of making the whole class's results fail.
     */
    private static StudentYearResult secondary(Tt22RuleSet rules, StudentYear y) {
        try {
            return rules.evaluate(y);
        } catch (DomainException e) {
            if ("tt22.summerTraining.notEligible".equals(e.code()) && y.summerConduct() != null) {
                return secondary(rules, y.withSummerConduct(null));
            }
            if ("tt22.reassessment.notEligible".equals(e.code()) && !y.reassessments().isEmpty()) {
                return secondary(rules, new StudentYear(y.grade(), y.subjects(), y.conductHk1(), y.conductHk2(),
                        y.absences(), y.summerConduct(), Map.of()));
            }
            throw e;
        }
    }

    private static PrimaryYearResult primary(Tt27RuleSet rules, PrimaryYear y) {
        try {
            return rules.evaluate(y);
        } catch (DomainException e) {
            if ("tt27.supplementary.notEligible".equals(e.code())) {
                // a supplementary entry for a pupil who completed the grade anyway: it changes nothing
                return rules.evaluate(y.withSupplementary(List.of()));
            }
            throw e;
        }
    }

    private static boolean undecided(PupilResult r) {
        return r.tt22() != null ? r.tt22().promotion().outcome() == Outcome.INCOMPLETE
                : !r.tt27().overall().complete();
    }

    private static Map<Long, List<Entry>> byPupil(List<Entry> entries) {
        Map<Long, List<Entry>> m = new HashMap<>();
        entries.forEach(e -> m.computeIfAbsent(e.pupilId(), k -> new ArrayList<>()).add(e));
        return m;
    }

    /** SHA-256 of the results as printed, pupil by pupil, so a later change of any of them shows. */
    static String fingerprint(ClassResults results) {
        StringBuilder b = new StringBuilder();
        for (PupilResult r : results.rows()) {
            b.append(r.pupil().pupil().code()).append('|');
            if (r.tt22() != null) {
                r.tt22().subjects().forEach(s -> b.append(s.subjectCode()).append(':').append(s.hk1().display())
                        .append('/').append(s.hk2().display()).append('/').append(s.year().display()).append(';'));
                b.append(r.tt22().learningHk1().level()).append(r.tt22().learningHk2().level())
                        .append(r.tt22().learningYear().level()).append(r.tt22().conductYear().level())
                        .append(r.tt22().promotion().outcome()).append(r.tt22().award().award());
            } else {
                b.append(r.tt27().overall().level()).append(r.tt27().completion()).append(r.tt27().xuatSac())
                        .append(r.tt27().tieuBieu());
            }
            b.append(r.absences().absences()).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
