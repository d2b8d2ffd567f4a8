package vn.sotruong.core.pupil;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.common.VietnameseText;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.core.year.Term;
import vn.sotruong.core.year.YearStore;

/**
 * Hồ sơ học sinh: admitting pupils (with their sổ đăng bộ number), keeping their records, class
 * lists, search, the pupil-list import and the register itself.
 */
public final class PupilService {
    /** The school's zone decides what "today" is for admissions and dates of birth. */
    static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int SEARCH_LIMIT = 200;

    private final PupilStore pupils;
    private final EnrolmentStore enrolments;
    private final OrganisationStore classes;
    private final YearStore years;
    private final PupilAccess access;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public PupilService(PupilStore pupils, EnrolmentStore enrolments, OrganisationStore classes, YearStore years,
                        AuditLog audit, Transactions tx, Clock clock) {
        this.pupils = pupils;
        this.enrolments = enrolments;
        this.classes = classes;
        this.years = years;
        this.access = new PupilAccess(classes);
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(SCHOOL_ZONE));
    }

    /**
     * Admits a pupil into a class: the record, the next sổ đăng bộ number, the enrolment from
     * {@code on}, and the movement (a new intake, or a transfer in when {@code fromSchool} is named).
     * Refusals: {@code pupil.codeExists}, {@code pupil.sameNameAndBirth}, the record's own codes.
     */
    public long admit(Actor actor, long classId, Pupil pupil, LocalDate on, String fromSchool) {
        SchoolClass c = access.requireEdit(actor, classId);
        Pupil p = PupilRules.normalised(pupil, today());
        Require.that(on != null, "pupil.dateRequired");
        String from = PupilRules.text(fromSchool);
        return tx.inTransaction(() -> {
            Require.that(pupils.findByCode(p.code()).isEmpty(), "pupil.codeExists", p.code());
            String identity = PupilRules.identityKey(p.fullName(), p.birthDate());
            pupils.all().stream().filter(o -> PupilRules.identityKey(o.fullName(), o.birthDate()).equals(identity))
                    .findFirst().ifPresent(o -> {
                        throw new DomainException("pupil.sameNameAndBirth", o.code());
                    });
            int number = pupils.reserveRegisterNumbers(1);
            long id = pupils.admit(List.of(new Admission(p, number, on, from))).getFirst();
            enrolments.enrol(List.of(new Enrolment(0, id, c.yearId(), c.id(), on, null)));
            MovementKind kind = from == null ? MovementKind.ADMISSION : MovementKind.TRANSFER_IN;
            enrolments.record(List.of(new Movement(0, id, kind, on, null, from, null, c.id(), actor.login())));
            audit.record(new AuditEvent(actor.login(), AuditKind.PUPIL_CREATED, "pupil:" + p.code(),
                    "register no. " + number + ", class " + c.name() + (from == null ? "" : ", from " + from),
                    actor.workstation()));
            return id;
        });
    }

    /** Changes a pupil's record; the code stays unique. Audited with what changed. */
    public void update(Actor actor, Pupil pupil) {
        Pupil p = PupilRules.normalised(pupil, today());
        tx.run(() -> {
            Pupil old = pupils.find(p.id()).orElseThrow(() -> new DomainException("pupil.notFound"));
            requireEditPupil(actor, old.id());
            if (!old.code().equals(p.code())) {
                Require.that(pupils.findByCode(p.code()).isEmpty(), "pupil.codeExists", p.code());
            }
            pupils.update(p);
            audit.record(new AuditEvent(actor.login(), AuditKind.PUPIL_CHANGED, "pupil:" + old.code(),
                    PupilChanges.describe(old, p), actor.workstation()));
        });
    }

    /** Records that the parents agreed to the processing of the child's data today, by the actor. */
    public void recordConsent(Actor actor, long pupilId, LocalDate date) {
        Require.that(date != null && !date.isAfter(today()), "pupil.consentDateInvalid");
        tx.run(() -> {
            Pupil old = pupils.find(pupilId).orElseThrow(() -> new DomainException("pupil.notFound"));
            requireEditPupil(actor, pupilId);
            Consent consent = new Consent(date, actor.login());
            pupils.update(new Pupil(old.id(), old.code(), old.fullName(), old.birthDate(), old.gender(),
                    old.birthPlace(), old.ethnicity(), old.address(), old.policyFamily(), old.father(), old.mother(),
                    old.guardian(), old.phone(), old.nationalId(), consent));
            audit.record(new AuditEvent(actor.login(), AuditKind.PUPIL_CHANGED, "pupil:" + old.code(),
                    "consent to data processing recorded, dated " + date, actor.workstation()));
        });
    }

    public Pupil requirePupil(Actor actor, long pupilId) {
        Pupil p = pupils.find(pupilId).orElseThrow(() -> new DomainException("pupil.notFound"));
        if (!actor.has(Permission.PUPILS_VIEW_ALL) && !actor.has(Permission.PUPILS_EDIT)
                && enrolments.enrolmentsOf(pupilId).stream().noneMatch(e -> access.canSee(actor,
                access.requireClass(e.classId())))) {
            throw new DomainException("scope.notYourClassOrSubject", p.code());
        }
        return p;
    }

    /** The pupils in the class now (open enrolments), in class-list order. */
    public List<Pupil> classList(Actor actor, long classId) {
        access.requireSee(actor, classId);
        return sorted(pupils.find(enrolments.openInClass(classId).stream().map(Enrolment::pupilId).toList()));
    }

    /** The pupils in the class on a day, including those who left later: the books of that period keep them. */
    public List<Pupil> classList(Actor actor, long classId, LocalDate day) {
        access.requireSee(actor, classId);
        return sorted(pupils.find(enrolments.inClassOn(classId, day).stream().map(Enrolment::pupilId).toList()));
    }

    /**
     * Accent-insensitive search by name or mã học sinh ("nguyen thi anh" finds "Nguyễn Thị Ánh"). A
     * teacher without school-wide rights finds only pupils of classes they reach.
     */
    public List<Pupil> search(Actor actor, String query) {
        String key = VietnameseText.searchKey(query).replaceAll("\\s+", " ");
        if (key.isEmpty()) {
            return List.of();
        }
        List<Pupil> found = pupils.search(key, SEARCH_LIMIT);
        if (!actor.has(Permission.PUPILS_VIEW_ALL) && !actor.has(Permission.PUPILS_EDIT)) {
            found = found.stream().filter(p -> enrolments.enrolmentsOf(p.id()).stream().filter(Enrolment::isOpen)
                    .anyMatch(e -> access.canSee(actor, access.requireClass(e.classId())))).toList();
        }
        return sorted(found);
    }

    /** Imports a class's pupil list, admitted today (or on the first day of the year when that is later). */
    public PupilImportResult importPupils(Actor actor, long classId, List<PupilRow> rows) {
        SchoolClass c = access.requireEdit(actor, classId);
        LocalDate yearStart = years.terms(c.yearId()).stream().map(Term::start).min(Comparator.naturalOrder())
                .orElse(today());
        LocalDate today = today();
        return importPupils(actor, classId, rows, today.isAfter(yearStart) ? today : yearStart);
    }

    /**
     * Imports the rows of sheet HOCSINH into a class, all or nothing: any error (bad cell, duplicate
     * code in the file or the school, same name and date of birth, a pupil already in another class
     * this year) adds no pupil and every problem is reported by row and column.
     */
    public PupilImportResult importPupils(Actor actor, long classId, List<PupilRow> rows, LocalDate admittedOn) {
        SchoolClass c = access.requireEdit(actor, classId);
        return tx.inTransaction(() -> {
            Map<Long, String> classNames = new HashMap<>();
            classes.classes(c.yearId()).forEach(k -> classNames.put(k.id(), k.name()));
            Map<Long, String> classOfPupil = new HashMap<>();
            enrolments.openInYear(c.yearId()).forEach(e -> classOfPupil.put(e.pupilId(), classNames.get(e.classId())));
            PupilImportCheck check = new PupilImportCheck(new PupilImportCheck.School(pupils.all(), classOfPupil),
                    today()).check(rows);
            if (check.issues().stream().anyMatch(ImportIssue::isError)) {
                return new PupilImportResult(0, check.issues());
            }
            List<Pupil> accepted = check.accepted();
            int first = pupils.reserveRegisterNumbers(accepted.size());
            List<Long> ids = pupils.admit(IntStream.range(0, accepted.size())
                    .mapToObj(i -> new Admission(accepted.get(i), first + i, admittedOn, null)).toList());
            enrolments.enrol(ids.stream().map(id -> new Enrolment(0, id, c.yearId(), c.id(), admittedOn, null))
                    .toList());
            enrolments.record(ids.stream().map(id -> new Movement(0, id, MovementKind.ADMISSION, admittedOn,
                    "import", null, null, c.id(), actor.login())).toList());
            // one event for the batch: the register numbers name every pupil it added
            audit.record(new AuditEvent(actor.login(), AuditKind.PUPIL_CREATED, "class:" + c.name(),
                    "import of " + accepted.size() + " pupils, register no. " + first + "–"
                            + (first + accepted.size() - 1), actor.workstation()));
            return new PupilImportResult(accepted.size(), check.issues());
        });
    }

    /** Sổ đăng bộ with each pupil's classes and movements; for the roles that see every pupil. */
    public EnrolmentRegister register(Actor actor) {
        if (!actor.has(Permission.PUPILS_VIEW_ALL)) {
            actor.require(Permission.PUPILS_EDIT);
        }
        Map<Long, String> yearLabels = new HashMap<>();
        Map<Long, SchoolClass> classById = new HashMap<>();
        for (SchoolYear y : years.list()) {
            yearLabels.put(y.id(), y.label());
            classes.classes(y.id()).forEach(c -> classById.put(c.id(), c));
        }
        return new RegisterBuilder(yearLabels, classById).build(pupils.admissions(), enrolments.all(),
                enrolments.allMovements());
    }

    public int count() {
        return pupils.count();
    }

    void requireEditPupil(Actor actor, long pupilId) {
        if (actor.has(Permission.PUPILS_EDIT)) {
            return;
        }
        Set<Long> classIds = new HashSet<>();
        enrolments.enrolmentsOf(pupilId).stream().filter(Enrolment::isOpen).forEach(e -> classIds.add(e.classId()));
        if (classIds.isEmpty()) {
            throw new DomainException("auth.denied");
        }
        classIds.forEach(id -> access.requireEdit(actor, id));
    }

    private static List<Pupil> sorted(List<Pupil> list) {
        List<Pupil> copy = new ArrayList<>(list);
        copy.sort(Pupil.CLASS_LIST_ORDER);
        return copy;
    }
}
