package vn.sotruong.core.gradebook;

import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.organisation.TeachingScope;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * Who may read and write a class's gradebook: a subject teacher their assigned class × subject, the
 * homeroom teacher the class's conduct (and qualities), the roles the school lets import for the whole
 * school (Quản trị, Văn phòng by default) everything; readers are those who see the class.
 */
final class GradebookAccess {
    private final TeachingScope scope;

    GradebookAccess(OrganisationStore classes) {
        this.scope = new TeachingScope(classes);
    }

    boolean canRead(Actor actor, SchoolClass c) {
        return scope.canSeeClass(actor, c);
    }

    void requireRead(Actor actor, SchoolClass c) {
        if (!canRead(actor, c)) {
            throw new DomainException("scope.notYourClassOrSubject", c.name());
        }
    }

    boolean canWrite(Actor actor, SchoolClass c, Area area, long subjectId) {
        if (actor.has(Permission.GRADES_IMPORT_ALL)) {
            return true;
        }
        return area == Area.SUBJECT ? scope.canEnterScores(actor, c, subjectId)
                : actor.has(Permission.GRADES_ENTER_OWN) && scope.isHomeroomOf(actor, c);
    }

    void requireWrite(Actor actor, SchoolClass c, Area area, long subjectId) {
        if (!canWrite(actor, c, area, subjectId)) {
            throw new DomainException("scope.notYourClassOrSubject", c.name());
        }
    }
}
