package vn.sotruong.core.organisation;

import java.util.Comparator;
import java.util.List;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.common.VietnameseText;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.school.SchoolStore;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.year.YearStore;

/** Departments, staff, classes, homeroom and teaching assignments. */
public final class OrganisationService {
    private final OrganisationStore store;
    private final YearStore years;
    private final SchoolStore school;
    private final TeachingScope scope;
    private final AuditLog audit;
    private final Transactions tx;

    public OrganisationService(OrganisationStore store, YearStore years, SchoolStore school, AuditLog audit,
                               Transactions tx) {
        this.store = store;
        this.years = years;
        this.school = school;
        this.scope = new TeachingScope(store);
        this.audit = audit;
        this.tx = tx;
    }

    public TeachingScope scope() {
        return scope;
    }

    /** The classes of a year the actor may see, in grade then name order. */
    public List<SchoolClass> classes(Actor actor, long yearId) {
        return store.classes(yearId).stream().filter(c -> scope.canSeeClass(actor, c))
                .sorted(Comparator.comparingInt(SchoolClass::grade).thenComparing(SchoolClass::name)).toList();
    }

    public SchoolClass requireClass(Actor actor, long classId) {
        SchoolClass c = store.findClass(classId).orElseThrow(() -> new DomainException("class.notFound"));
        if (!scope.canSeeClass(actor, c)) {
            throw new DomainException("scope.notYourClassOrSubject", c.name());
        }
        return c;
    }

    public long addClass(Actor actor, long yearId, int grade, String name, Long homeroomStaffId) {
        actor.require(Permission.SCHOOL_SETUP);
        String n = VietnameseText.nfc(Require.text(name, "class.nameRequired")).toUpperCase(java.util.Locale.ROOT);
        SchoolLevel level = school.find().orElseThrow(() -> new DomainException("school.notSetUp")).level();
        Require.that(level.hasGrade(grade), "class.gradeInvalid", grade);
        Require.that(years.find(yearId).isPresent(), "year.notFound");
        return tx.inTransaction(() -> {
            Require.that(store.findClassByName(yearId, n).isEmpty(), "class.exists", n);
            if (homeroomStaffId != null) {
                requireStaff(homeroomStaffId);
            }
            long id = store.createClass(yearId, grade, n, homeroomStaffId);
            audit.record(new AuditEvent(actor.login(), AuditKind.CLASS_CREATED, "class:" + n, "grade " + grade,
                    actor.workstation()));
            return id;
        });
    }

    public void setHomeroom(Actor actor, long classId, Long staffId) {
        actor.require(Permission.ASSIGNMENTS_MANAGE);
        tx.run(() -> {
            SchoolClass c = store.findClass(classId).orElseThrow(() -> new DomainException("class.notFound"));
            if (staffId != null) {
                requireStaff(staffId);
            }
            store.setHomeroom(classId, staffId);
            audit.record(new AuditEvent(actor.login(), AuditKind.CLASS_CHANGED, "class:" + c.name(),
                    "homeroom staff " + staffId, actor.workstation()));
        });
    }

    public long assign(Actor actor, long yearId, long classId, long subjectId, long staffId) {
        actor.require(Permission.ASSIGNMENTS_MANAGE);
        return tx.inTransaction(() -> {
            SchoolClass c = store.findClass(classId).orElseThrow(() -> new DomainException("class.notFound"));
            requireStaff(staffId);
            long id = store.assign(yearId, classId, subjectId, staffId);
            audit.record(new AuditEvent(actor.login(), AuditKind.ASSIGNMENT_CHANGED, "class:" + c.name(),
                    "subject " + subjectId + " → staff " + staffId, actor.workstation()));
            return id;
        });
    }

    public List<TeachingAssignment> assignments(Actor actor, long yearId) {
        if (actor.has(Permission.STAFF_VIEW) || actor.has(Permission.ASSIGNMENTS_MANAGE)) {
            return store.assignments(yearId);
        }
        return store.assignmentsOf(yearId, actor.staffId());
    }

    public List<StaffMember> staff(Actor actor) {
        actor.require(Permission.STAFF_VIEW);
        return store.staff().stream().sorted(Comparator.comparing(StaffMember::fullName,
                VietnameseText.personNameOrder())).toList();
    }

    public List<Department> departments() {
        return store.departments();
    }

    public long addDepartment(Actor actor, String name) {
        actor.require(Permission.SCHOOL_SETUP);
        String n = VietnameseText.nfc(Require.text(name, "department.nameRequired"));
        return tx.inTransaction(() -> {
            Require.that(store.departments().stream().noneMatch(d -> d.name().equalsIgnoreCase(n)),
                    "department.exists", n);
            long id = store.createDepartment(n);
            audit.record(new AuditEvent(actor.login(), AuditKind.DEPARTMENT_CHANGED, "department:" + n, "created",
                    actor.workstation()));
            return id;
        });
    }

    public void setDepartmentHead(Actor actor, long departmentId, Long staffId) {
        actor.require(Permission.SCHOOL_SETUP);
        tx.run(() -> {
            requireDepartment(departmentId);
            if (staffId != null) {
                requireStaff(staffId);
            }
            store.setDepartmentHead(departmentId, staffId);
            audit.record(new AuditEvent(actor.login(), AuditKind.DEPARTMENT_CHANGED, "department:" + departmentId,
                    "head " + staffId, actor.workstation()));
        });
    }

    /**
     * Changes a staff member's record (name, position, department, phone …). The staff list is the
     * school's personnel record, so every change is audited with what it was before.
     */
    public void updateStaff(Actor actor, StaffMember staff) {
        actor.require(Permission.SCHOOL_SETUP);
        String name = VietnameseText.nfc(Require.text(staff.fullName(), "person.nameRequired"));
        String position = blankToNull(VietnameseText.nfc(staff.position()));
        Require.that(position == null || position.length() <= 100, "staff.positionTooLong", 100);
        String phone = normalisedPhone(staff.phone());
        tx.run(() -> {
            StaffMember old = requireStaff(staff.id());
            if (staff.departmentId() != null) {
                requireDepartment(staff.departmentId());
            }
            StaffMember updated = new StaffMember(old.id(), name, staff.gender(), staff.birthDate(), phone, position,
                    staff.departmentId(), staff.active());
            store.updateStaff(updated);
            audit.record(new AuditEvent(actor.login(), AuditKind.STAFF_CHANGED, "staff:" + old.id(),
                    describe(old) + " → " + describe(updated), actor.workstation()));
        });
    }

    /** Digits with an optional leading +; spaces, dots and dashes as people type them are dropped. */
    private static String normalisedPhone(String phone) {
        String p = phone == null ? "" : phone.replaceAll("[\\s.\\-]", "");
        Require.that(p.isEmpty() || p.matches("\\+?\\d{8,15}"), "staff.phoneInvalid");
        return p.isEmpty() ? null : p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String describe(StaffMember s) {
        return s.fullName() + " | " + s.position() + " | dept " + s.departmentId() + " | " + s.phone()
                + (s.active() ? "" : " | inactive");
    }

    private Department requireDepartment(long departmentId) {
        return store.departments().stream().filter(d -> d.id() == departmentId).findFirst()
                .orElseThrow(() -> new DomainException("department.notFound"));
    }

    private StaffMember requireStaff(long staffId) {
        return store.findStaff(staffId).orElseThrow(() -> new DomainException("staff.notFound"));
    }
}
