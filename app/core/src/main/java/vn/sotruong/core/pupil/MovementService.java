package vn.sotruong.core.pupil;

import java.time.LocalDate;
import java.util.List;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * Biến động học sinh: placing a pupil in a class for a year, transfers out, dropouts, class changes
 * and returns, each dated with its reason and kept in the pupil's history. Enrolments are ended,
 * never deleted, so the books of the period a pupil attended keep them.
 */
public final class MovementService {
    private final PupilStore pupils;
    private final EnrolmentStore enrolments;
    private final PupilAccess access;
    private final AuditLog audit;
    private final Transactions tx;

    public MovementService(PupilStore pupils, EnrolmentStore enrolments, OrganisationStore classes, AuditLog audit,
                           Transactions tx) {
        this.pupils = pupils;
        this.enrolments = enrolments;
        this.access = new PupilAccess(classes);
        this.audit = audit;
        this.tx = tx;
    }

    /** Places a pupil in a class for its year (a new year's class); one class per pupil per year. */
    public void enrol(Actor actor, long pupilId, long classId, LocalDate from) {
        SchoolClass c = access.requireEdit(actor, classId);
        Require.that(from != null, "pupil.dateRequired");
        tx.run(() -> {
            Pupil p = requirePupil(pupilId);
            requireNotInClassThisYear(pupilId, c);
            Require.that(lastLeaving(pupilId) == null, "pupil.hasLeft", p.code());
            enrolments.enrol(List.of(new Enrolment(0, pupilId, c.yearId(), c.id(), from, null)));
            audit.record(new AuditEvent(actor.login(), AuditKind.PUPIL_MOVED, "pupil:" + p.code(),
                    "enrolled in " + c.name() + " from " + from, actor.workstation()));
        });
    }

    /** Chuyển đi: the pupil leaves for another school; {@code on} is the first day they no longer attend. */
    public void transferOut(Actor actor, long pupilId, LocalDate on, String toSchool, String reason) {
        String school = Require.text(toSchool, "pupil.schoolRequired");
        leave(actor, pupilId, MovementKind.TRANSFER_OUT, on, PupilRules.text(school), reason);
    }

    /** Bỏ học. */
    public void dropOut(Actor actor, long pupilId, LocalDate on, String reason) {
        leave(actor, pupilId, MovementKind.DROPOUT, on, null, reason);
    }

    /** Chuyển lớp within the year: the old class keeps the pupil until the day before {@code on}. */
    public void changeClass(Actor actor, long pupilId, long toClassId, LocalDate on, String reason) {
        String why = reason(reason);
        SchoolClass to = access.requireEdit(actor, toClassId);
        tx.run(() -> {
            Pupil p = requirePupil(pupilId);
            Enrolment current = openEnrolment(pupilId, to.yearId());
            SchoolClass from = access.requireEdit(actor, current.classId());
            Require.that(from.id() != to.id(), "pupil.sameClass", to.name());
            requireAfterStart(current, on);
            enrolments.end(current.id(), on);
            enrolments.enrol(List.of(new Enrolment(0, pupilId, to.yearId(), to.id(), on, null)));
            record(actor, p, new Movement(0, pupilId, MovementKind.CLASS_CHANGE, on, why, null, from.id(), to.id(),
                    actor.login()), from.name() + " → " + to.name());
        });
    }

    /** Trở lại học: a pupil who dropped out comes back into a class. */
    public void returnAfterDropout(Actor actor, long pupilId, long classId, LocalDate on, String reason) {
        String why = reason(reason);
        SchoolClass c = access.requireEdit(actor, classId);
        Require.that(on != null, "pupil.dateRequired");
        tx.run(() -> {
            Pupil p = requirePupil(pupilId);
            Movement left = lastLeaving(pupilId);
            Require.that(left != null && left.kind() == MovementKind.DROPOUT, "pupil.notDroppedOut", p.code());
            Require.that(on.isAfter(left.on()), "pupil.movementBeforeEnrolment", left.on());
            requireNotInClassThisYear(pupilId, c);
            enrolments.enrol(List.of(new Enrolment(0, pupilId, c.yearId(), c.id(), on, null)));
            record(actor, p, new Movement(0, pupilId, MovementKind.RETURN, on, why, null, null, c.id(),
                    actor.login()), "returned into " + c.name());
        });
    }

    /** The pupil's movements in date order. */
    public List<Movement> history(Actor actor, long pupilId) {
        Pupil p = requirePupil(pupilId);
        boolean sees = actor.has(Permission.PUPILS_VIEW_ALL)
                || enrolments.enrolmentsOf(pupilId).stream().anyMatch(e -> access.canSee(actor,
                access.requireClass(e.classId())));
        if (!sees) {
            throw new DomainException("scope.notYourClassOrSubject", p.code());
        }
        return enrolments.movementsOf(pupilId);
    }

    private void leave(Actor actor, long pupilId, MovementKind kind, LocalDate on, String otherSchool, String reason) {
        String why = reason(reason);
        Require.that(on != null, "pupil.dateRequired");
        tx.run(() -> {
            Pupil p = requirePupil(pupilId);
            List<Enrolment> open = enrolments.enrolmentsOf(pupilId).stream().filter(Enrolment::isOpen).toList();
            Require.that(!open.isEmpty(), "pupil.notEnrolled", p.code());
            Long fromClass = null;
            for (Enrolment e : open) {
                SchoolClass c = access.requireEdit(actor, e.classId());
                requireAfterStart(e, on);
                enrolments.end(e.id(), on);
                fromClass = c.id();
            }
            record(actor, p, new Movement(0, pupilId, kind, on, why, otherSchool, fromClass, null, actor.login()),
                    kind + (otherSchool == null ? "" : " to " + otherSchool));
        });
    }

    private void record(Actor actor, Pupil p, Movement m, String what) {
        enrolments.record(List.of(m));
        audit.record(new AuditEvent(actor.login(), AuditKind.PUPIL_MOVED, "pupil:" + p.code(),
                what + " on " + m.on() + ": " + m.reason(), actor.workstation()));
    }

    private static String reason(String reason) {
        return PupilRules.text(Require.text(reason, "pupil.reasonRequired"));
    }

    private static void requireAfterStart(Enrolment e, LocalDate on) {
        Require.that(on != null, "pupil.dateRequired");
        Require.that(on.isAfter(e.from()), "pupil.movementBeforeEnrolment", e.from());
    }

    private Pupil requirePupil(long pupilId) {
        return pupils.find(pupilId).orElseThrow(() -> new DomainException("pupil.notFound"));
    }

    private Enrolment openEnrolment(long pupilId, long yearId) {
        return enrolments.enrolmentsOf(pupilId).stream().filter(e -> e.isOpen() && e.yearId() == yearId).findFirst()
                .orElseThrow(() -> new DomainException("pupil.notEnrolled", requirePupil(pupilId).code()));
    }

    private void requireNotInClassThisYear(long pupilId, SchoolClass c) {
        enrolments.enrolmentsOf(pupilId).stream().filter(e -> e.isOpen() && e.yearId() == c.yearId()).findFirst()
                .ifPresent(e -> {
                    throw new DomainException("pupil.alreadyInClass", access.requireClass(e.classId()).name());
                });
    }

    /** The last movement if it took the pupil away, else null. */
    private Movement lastLeaving(long pupilId) {
        List<Movement> h = enrolments.movementsOf(pupilId);
        return h.isEmpty() || !h.getLast().kind().leaves() ? null : h.getLast();
    }
}
