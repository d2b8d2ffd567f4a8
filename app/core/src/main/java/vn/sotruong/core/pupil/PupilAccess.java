package vn.sotruong.core.pupil;

import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.organisation.TeachingScope;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * Who may see and change pupil records: the homeroom teacher (GVCN) keeps their own class's
 * records current, as the school regulations ask; the roles holding {@link Permission#PUPILS_EDIT}
 * (by default Quản trị, Văn phòng) keep every class's. Attendance follows the same rule: whoever keeps a
 * class's pupil records enters its attendance, whoever sees the class reads it.
 */
public final class PupilAccess {
    private final OrganisationStore classes;
    private final TeachingScope scope;

    public PupilAccess(OrganisationStore classes) {
        this.classes = classes;
        this.scope = new TeachingScope(classes);
    }

    public SchoolClass requireClass(long classId) {
        return classes.findClass(classId).orElseThrow(() -> new DomainException("class.notFound"));
    }

    public boolean canEdit(Actor actor, SchoolClass c) {
        return actor.has(Permission.PUPILS_EDIT) || scope.isHomeroomOf(actor, c);
    }

    public SchoolClass requireEdit(Actor actor, long classId) {
        SchoolClass c = requireClass(classId);
        if (!canEdit(actor, c)) {
            throw new DomainException(actor.has(Permission.PUPILS_VIEW_ALL) || scope.canSeeClass(actor, c)
                    ? "auth.denied" : "scope.notYourClassOrSubject", c.name());
        }
        return c;
    }

    public boolean canSee(Actor actor, SchoolClass c) {
        return scope.canSeeClass(actor, c);
    }

    public SchoolClass requireSee(Actor actor, long classId) {
        SchoolClass c = requireClass(classId);
        if (!canSee(actor, c)) {
            throw new DomainException("scope.notYourClassOrSubject", c.name());
        }
        return c;
    }
}
