package vn.sotruong.core.school;

import java.util.Set;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.common.VietnameseText;
import vn.sotruong.core.security.AccountService;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.security.PermissionMatrix;
import vn.sotruong.core.security.PermissionStore;
import vn.sotruong.core.security.Role;
import vn.sotruong.core.year.YearService;

/** Creates the school in an empty store (the first-run wizard, {@code school init}) and edits its profile. */
public final class SchoolSetupService {
    private final SchoolStore schools;
    private final PermissionStore permissions;
    private final YearService years;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Transactions tx;

    public SchoolSetupService(SchoolStore schools, PermissionStore permissions, YearService years,
                              AccountService accounts, AuditLog audit, Transactions tx) {
        this.schools = schools;
        this.permissions = permissions;
        this.years = years;
        this.accounts = accounts;
        this.audit = audit;
        this.tx = tx;
    }

    public boolean isEmpty() {
        return schools.find().isEmpty();
    }

    public School school() {
        return schools.find().orElseThrow(() -> new DomainException("school.notSetUp"));
    }

    /** Creates the school, its first year (calendar, terms, subjects) and the first administrator. */
    public long initialise(SchoolInit init) {
        School s = validated(init.school());
        return tx.inTransaction(() -> {
            Require.that(isEmpty(), "school.alreadySetUp");
            schools.save(s);
            permissions.save(PermissionMatrix.defaults());
            audit.record(new AuditEvent("setup", AuditKind.SCHOOL_CREATED, "school", s.name(), "setup"));
            years.createYearDuringSetup(init.startYear(), "setup", "setup");
            return accounts.createPersonDuringSetup(new NewPerson(init.adminFullName(), init.adminLogin(),
                    Set.of(Role.QUAN_TRI), "Quản trị hệ thống", null, init.adminPassword()), false);
        });
    }

    public void updateProfile(Actor actor, School school) {
        actor.require(Permission.SCHOOL_SETUP);
        School s = validated(school);
        tx.run(() -> {
            School old = school();
            schools.save(new School(s.name(), s.moetCode(), s.province(), s.district(), old.level(),
                    s.principalName(), old.demo()));
            audit.record(new AuditEvent(actor.login(), AuditKind.SCHOOL_UPDATED, "school", s.name(),
                    actor.workstation()));
        });
    }

    private static School validated(School s) {
        String name = VietnameseText.nfc(Require.text(s.name(), "school.nameRequired"));
        Require.that(s.level() != null, "school.levelRequired");
        String code = s.moetCode() == null ? null : s.moetCode().strip();
        Require.that(code == null || code.isEmpty() || code.matches("[0-9A-Za-z]{2,20}"), "school.moetCodeInvalid");
        return new School(name, code, VietnameseText.nfc(s.province()), VietnameseText.nfc(s.district()), s.level(),
                VietnameseText.nfc(s.principalName()), s.demo());
    }
}
