package vn.sotruong.core.organisation;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * Data scope: a subject teacher reaches only the classes and subjects assigned to them, a homeroom
 * teacher their own class; school-wide roles reach everything their permissions allow.
 */
public final class TeachingScope {
    private final OrganisationStore store;

    public TeachingScope(OrganisationStore store) {
        this.store = store;
    }

    public boolean canSeeClass(Actor actor, SchoolClass c) {
        if (actor.has(Permission.PUPILS_VIEW_ALL) || actor.has(Permission.GRADES_VIEW_ALL)) {
            return true;
        }
        return isHomeroomOf(actor, c) || teaches(actor, c);
    }

    /** May the actor enter scores for this subject in this class? */
    public boolean canEnterScores(Actor actor, SchoolClass c, long subjectId) {
        if (!actor.has(Permission.GRADES_ENTER_OWN)) {
            return false;
        }
        return store.assignmentsOf(c.yearId(), actor.staffId()).stream()
                .anyMatch(a -> a.classId() == c.id() && a.subjectId() == subjectId);
    }

    public void requireCanEnterScores(Actor actor, SchoolClass c, long subjectId) {
        if (!canEnterScores(actor, c, subjectId)) {
            throw new DomainException("scope.notYourClassOrSubject", c.name());
        }
    }

    public boolean isHomeroomOf(Actor actor, SchoolClass c) {
        return Objects.equals(c.homeroomStaffId(), actor.staffId());
    }

    /**
     * Tổ trưởng chuyên môn: the staff of the departments the actor heads (empty for anyone heading none). Only a
     * holder of the review permission reviews their department.
     */
    public Set<Long> departmentStaff(Actor actor) {
        if (!actor.has(Permission.REVIEW)) {
            return Set.of();
        }
        Set<Long> headed = store.departments().stream().filter(d -> Objects.equals(d.headStaffId(), actor.staffId()))
                .map(Department::id).collect(Collectors.toSet());
        if (headed.isEmpty()) {
            return Set.of();
        }
        return store.staff().stream().filter(s -> s.departmentId() != null && headed.contains(s.departmentId()))
                .map(StaffMember::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The classes of a year where the department's teachers teach (what a department head reviews). */
    public Set<Long> departmentClasses(long yearId, Set<Long> departmentStaff) {
        if (departmentStaff.isEmpty()) {
            return Set.of();
        }
        return store.assignments(yearId).stream().filter(a -> departmentStaff.contains(a.staffId()))
                .map(TeachingAssignment::classId).collect(Collectors.toUnmodifiableSet());
    }

    private boolean teaches(Actor actor, SchoolClass c) {
        return store.assignmentsOf(c.yearId(), actor.staffId()).stream().anyMatch(a -> a.classId() == c.id());
    }
}
