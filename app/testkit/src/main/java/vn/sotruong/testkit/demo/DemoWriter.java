package vn.sotruong.testkit.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.app.CoreStores;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.organisation.StaffMember;
import vn.sotruong.core.school.SchoolInit;
import vn.sotruong.core.security.Account;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.PermissionMatrix;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.core.year.Term;

/** Stores a {@link DemoPlan}. Runs inside the generator's single transaction. */
final class DemoWriter {
    private static final String BY = "setup";

    private final CoreServices services;
    private final CoreStores stores;
    private final Map<String, Long> departmentIds = new HashMap<>();
    private final Map<String, Long> staffIds = new HashMap<>();

    private final long seed;

    DemoWriter(CoreServices services, long seed) {
        this.services = services;
        this.seed = seed;
        this.stores = services.stores();
    }

    /** @param attendanceSeed the seed of the year's attendance, or null for a school without any yet */
    DemoSchool write(DemoPlan plan, Long attendanceSeed) {
        if (!services.setup().isEmpty()) {
            throw new DomainException("store.notEmpty");
        }
        PlannedStaff admin = plan.staff().stream().filter(s -> s.login().equals(DemoAccounts.ADMIN)).findFirst()
                .orElseThrow();
        long adminAccount = services.setup().initialise(new SchoolInit(plan.school(), plan.startYear(),
                admin.login(), admin.fullName(), DemoAccounts.PASSWORD.toCharArray()));
        SchoolYear year = services.years().years().stream().filter(y -> y.startYear() == plan.startYear())
                .findFirst().orElseThrow();

        for (String d : plan.departments()) {
            departmentIds.put(d, stores.organisation().createDepartment(d));
        }
        List<PlannedStaff> others = plan.staff().stream().filter(s -> !s.login().equals(DemoAccounts.ADMIN)).toList();
        // all demo accounts share the documented password, so the service hashes it once
        List<Long> accountIds = services.accounts().createPeopleDuringSetup(others.stream()
                .map(s -> new NewPerson(s.fullName(), s.login(), s.roles(), s.position(), departmentId(s),
                        DemoAccounts.PASSWORD.toCharArray())).toList(), false);
        Map<String, Long> accountByLogin = new HashMap<>();
        for (int i = 0; i < others.size(); i++) {
            accountByLogin.put(others.get(i).login(), accountIds.get(i));
        }
        accountByLogin.put(admin.login(), adminAccount);
        for (PlannedStaff s : plan.staff()) {
            long account = accountByLogin.get(s.login());
            long staffId = stores.accounts().findById(account).orElseThrow().staffId();
            // the account service records only name, position and department; the rest is the staff file's
            stores.organisation().updateStaff(new StaffMember(staffId, s.fullName(), s.gender().label(),
                    s.birthDate(), s.phone(), s.position(), departmentId(s), true));
            staffIds.put(s.login(), staffId);
        }
        plan.departmentHeads().forEach((d, login) ->
                stores.organisation().setDepartmentHead(departmentIds.get(d), staffIds.get(login)));

        Map<String, Long> classIds = new HashMap<>();
        for (PlannedClass c : plan.classes()) {
            classIds.put(c.name(), stores.organisation().createClass(year.id(), c.grade(), c.name(),
                    staffIds.get(c.homeroomLogin())));
        }
        Map<String, Long> subjectIds = new HashMap<>();
        for (Subject s : services.years().subjects(year.id())) {
            subjectIds.put(s.code(), s.id());
        }
        for (PlannedAssignment a : plan.assignments()) {
            stores.organisation().assign(year.id(), classIds.get(a.className()),
                    requireId(subjectIds, a.subjectCode()), staffIds.get(a.teacherLogin()));
        }
        LocalDate firstDay = services.years().terms(year.id()).stream().map(Term::start).min(Comparator.naturalOrder())
                .orElseThrow();
        new DemoPupilWriter(stores).write(plan.pupils(), plan.startYear(), year.id(), firstDay, classIds);
        audit(AuditKind.DEPARTMENT_CHANGED, "demo:departments", plan.departments().size() + " departments");
        audit(AuditKind.CLASS_CREATED, "demo:classes", plan.classes().size() + " classes with homeroom teachers");
        audit(AuditKind.ASSIGNMENT_CHANGED, "demo:assignments", plan.assignments().size() + " teaching assignments");
        audit(AuditKind.PUPIL_CREATED, "demo:pupils", plan.pupils().size() + " pupils admitted and enrolled");
        if (attendanceSeed != null) {
            new DemoAttendanceWriter(services).write(plan, attendanceSeed, plan.school().level(), year.id(), classIds);
        }
        PermissionMatrix matrix = stores.permissions().load().orElseGet(PermissionMatrix::defaults);
        DemoGradebook gradebook = new DemoGradebook(services, plan, seed, year.id(), classIds, login -> {
            Account a = stores.accounts().findById(accountByLogin.get(login)).orElseThrow();
            return new Actor(a.id(), a.staffId(), a.login(), a.fullName(), a.roles(), matrix.union(a.roles()), BY);
        });
        DemoOddities oddities = gradebook.write();
        return new DemoSchool(plan.school(), year.id(), year.label(), plan.departments().size(), plan.staff().size(),
                plan.staff().size(), plan.classes().size(), plan.assignments().size(), plan.pupils(),
                gradebook.entries(), oddities);
    }

    private Long departmentId(PlannedStaff s) {
        return s.department() == null ? null : departmentIds.get(s.department());
    }

    private void audit(AuditKind kind, String target, String detail) {
        stores.audit().record(new AuditEvent(BY, kind, target, "demo school: " + detail, BY));
    }

    private static long requireId(Map<String, Long> ids, String code) {
        Long id = ids.get(code);
        if (id == null) {
            throw new IllegalStateException("The year has no subject " + code + ": " + List.copyOf(ids.keySet()));
        }
        return id;
    }
}
