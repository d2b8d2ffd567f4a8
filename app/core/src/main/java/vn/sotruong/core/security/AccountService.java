package vn.sotruong.core.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.common.VietnameseText;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.StaffMember;
import vn.sotruong.core.school.SchoolSettings;

/**
 * People, accounts, roles and the permission matrix, for the administrator. The school can never
 * be left without an active administrator.
 */
public final class AccountService {
    private static final String LOGIN_PATTERN = "[a-z0-9][a-z0-9._-]{2,39}";

    private final AccountStore accounts;
    private final LoginThrottleStore throttles;
    private final PermissionStore permissions;
    private final OrganisationStore organisation;
    private final SchoolSettings settings;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public AccountService(AccountStore accounts, LoginThrottleStore throttles, PermissionStore permissions,
                          OrganisationStore organisation, SchoolSettings settings, PasswordHasher hasher,
                          AuditLog audit, Transactions tx, Clock clock) {
        this.accounts = accounts;
        this.throttles = throttles;
        this.permissions = permissions;
        this.organisation = organisation;
        this.settings = settings;
        this.hasher = hasher;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public List<Account> accounts(Actor actor) {
        actor.require(Permission.ACCOUNTS_MANAGE);
        return accounts.list();
    }

    /** Adds a staff record and its account; the person must change the password at first sign-in. */
    public long addPerson(Actor actor, NewPerson p) {
        actor.require(Permission.ACCOUNTS_MANAGE);
        return tx.inTransaction(() -> createPerson(p, true, actor.login(), actor.workstation()));
    }

    /**
     * Creates a person and account without an acting user: only for setting up a new store
     * (the first administrator, the demo school). Callers are the setup service and the demo generator.
     */
    public long createPersonDuringSetup(NewPerson p, boolean mustChange) {
        return tx.inTransaction(() -> createPerson(p, mustChange, "setup", "setup"));
    }

    /**
     * Creates many people at setup (the demo school, a later staff import) in one transaction. People
     * given the same initial password share one hash: Argon2id is deliberately slow (~0.2 s), and a
     * setup password is either a documented demo password or one that must be changed at first sign-in.
     */
    public List<Long> createPeopleDuringSetup(List<NewPerson> people, boolean mustChange) {
        return tx.inTransaction(() -> {
            java.util.Map<String, String> hashes = new java.util.HashMap<>();
            return people.stream().map(p -> createPerson(p, mustChange, "setup", "setup",
                    hashes.computeIfAbsent(new String(p.initialPassword()), pw -> hasher.hash(p.initialPassword()))))
                    .toList();
        });
    }

    /** An active or inactive account by login, for choosing people (homeroom teacher, department head). */
    public java.util.Optional<Account> findByLogin(Actor actor, String login) {
        if (!actor.has(Permission.STAFF_VIEW) && !actor.has(Permission.ACCOUNTS_MANAGE)) {
            throw new DomainException("auth.denied");
        }
        return accounts.findByLogin(login == null ? "" : login.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Who signs in as whom, without password data: the staff list shows each person's login to
     * those who may see staff (the principal, the office) and not only to account managers.
     */
    public List<StaffAccount> staffAccounts(Actor actor) {
        if (!actor.has(Permission.STAFF_VIEW) && !actor.has(Permission.ACCOUNTS_MANAGE)) {
            throw new DomainException("auth.denied");
        }
        return accounts.list().stream().map(a -> new StaffAccount(a.staffId(), a.login(), a.active())).toList();
    }

    private long createPerson(NewPerson p, boolean mustChange, String by, String workstation) {
        return createPerson(p, mustChange, by, workstation, null);
    }

    private long createPerson(NewPerson p, boolean mustChange, String by, String workstation, String sharedHash) {
        String name = VietnameseText.nfc(Require.text(p.fullName(), "person.nameRequired"));
        String login = normaliseLogin(p.login());
        Require.that(!p.roles().isEmpty(), "account.rolesRequired");
        Require.that(accounts.findByLogin(login).isEmpty(), "account.loginTaken", login);
        PasswordRules.check(p.initialPassword(), login, settings.security());
        String hash = sharedHash != null ? sharedHash : hasher.hash(p.initialPassword());
        long staffId = organisation.createStaff(new StaffMember(0, name, null, null, null,
                p.position() == null ? null : VietnameseText.nfc(p.position()), p.departmentId(), true));
        long id = accounts.create(staffId, login, hash, mustChange, clock.instant(), p.roles());
        audit.record(new AuditEvent(by, AuditKind.ACCOUNT_CREATED, "account:" + login,
                name + " — " + codes(p.roles()), workstation));
        return id;
    }

    public void setRoles(Actor actor, long accountId, Set<Role> roles) {
        actor.require(Permission.ACCOUNTS_MANAGE);
        Require.that(!roles.isEmpty(), "account.rolesRequired");
        tx.run(() -> {
            Account a = find(accountId);
            if (a.active() && a.roles().contains(Role.QUAN_TRI) && !roles.contains(Role.QUAN_TRI)) {
                requireAnotherAdmin();
            }
            accounts.setRoles(accountId, EnumSet.copyOf(roles));
            audit.record(new AuditEvent(actor.login(), AuditKind.ACCOUNT_ROLES_CHANGED, "account:" + a.login(),
                    codes(a.roles()) + " → " + codes(roles), actor.workstation()));
        });
    }

    /** Turns an account off (people leave; their records stay). */
    public void deactivate(Actor actor, long accountId) {
        actor.require(Permission.ACCOUNTS_MANAGE);
        tx.run(() -> {
            Account a = find(accountId);
            if (!a.active()) {
                return;
            }
            if (a.roles().contains(Role.QUAN_TRI)) {
                requireAnotherAdmin();
            }
            accounts.setActive(accountId, false);
            audit.record(new AuditEvent(actor.login(), AuditKind.ACCOUNT_DEACTIVATED, "account:" + a.login(), "",
                    actor.workstation()));
        });
    }

    /** Sets a temporary password; the person must change it at the next sign-in. Also lifts a lock. */
    public void resetPassword(Actor actor, long accountId, char[] temporaryPassword) {
        actor.require(Permission.ACCOUNTS_MANAGE);
        tx.run(() -> {
            Account a = find(accountId);
            PasswordRules.check(temporaryPassword, a.login(), settings.security());
            accounts.updatePassword(accountId, hasher.hash(temporaryPassword), true, clock.instant());
            throttles.clear(a.login());
            audit.record(new AuditEvent(actor.login(), AuditKind.PASSWORD_RESET, "account:" + a.login(), "",
                    actor.workstation()));
        });
    }

    public void unlock(Actor actor, String login) {
        actor.require(Permission.ACCOUNTS_MANAGE);
        tx.run(() -> {
            throttles.clear(AuthService.key(login));
            audit.record(new AuditEvent(actor.login(), AuditKind.ACCOUNT_UNLOCKED, "login:" + AuthService.key(login),
                    "", actor.workstation()));
        });
    }

    /** Until when a login is locked after failed sign-ins; empty when it is not locked now. */
    public java.util.Optional<java.time.Instant> lockedUntil(Actor actor, String login) {
        actor.require(Permission.ACCOUNTS_MANAGE);
        java.time.Instant now = clock.instant();
        return throttles.find(AuthService.key(login)).map(LoginThrottle::lockedUntil).filter(u -> u.isAfter(now));
    }

    public PermissionMatrix permissionMatrix(Actor actor) {
        actor.require(Permission.ACCOUNTS_MANAGE);
        return permissions.load().orElseGet(PermissionMatrix::defaults);
    }

    /** Changes the matrix; the administrator role always keeps the right to manage accounts and permissions. */
    public void setPermissionMatrix(Actor actor, PermissionMatrix matrix) {
        actor.require(Permission.PERMISSIONS_MANAGE);
        Set<Permission> admin = matrix.of(Role.QUAN_TRI);
        Require.that(admin.contains(Permission.ACCOUNTS_MANAGE) && admin.contains(Permission.PERMISSIONS_MANAGE),
                "permissions.adminLockout");
        tx.run(() -> {
            permissions.save(matrix);
            audit.record(new AuditEvent(actor.login(), AuditKind.PERMISSIONS_CHANGED, "permissions", "",
                    actor.workstation()));
        });
    }

    private void requireAnotherAdmin() {
        if (accounts.countActiveWithRole(Role.QUAN_TRI) <= 1) {
            throw new DomainException("account.lastAdmin");
        }
    }

    private Account find(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new DomainException("account.notFound"));
    }

    static String normaliseLogin(String login) {
        String l = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        Require.that(l.matches(LOGIN_PATTERN), "account.loginInvalid");
        return l;
    }

    private static String codes(Set<Role> roles) {
        return roles.stream().sorted().map(Role::code).collect(Collectors.joining(","));
    }
}
