package vn.sotruong.core.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.school.SchoolSettings;

/**
 * Sign-in and own password changes. Failed attempts make each next attempt wait longer, then lock
 * the login for a while; the answers are the same whether or not the login exists.
 */
public final class AuthService {
    private final AccountStore accounts;
    private final LoginThrottleStore throttles;
    private final PermissionStore permissions;
    private final SchoolSettings settings;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private volatile String decoyHash;

    public AuthService(AccountStore accounts, LoginThrottleStore throttles, PermissionStore permissions,
                       SchoolSettings settings, PasswordHasher hasher, AuditLog audit, Transactions tx, Clock clock) {
        this.accounts = accounts;
        this.throttles = throttles;
        this.permissions = permissions;
        this.settings = settings;
        this.hasher = hasher;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public LoginResult login(String login, char[] password, String workstation) {
        String key = key(login);
        Attempt attempt = tx.inTransaction(() -> attempt(key, password, workstation));
        if (attempt.refusal != null) {
            throw attempt.refusal;
        }
        return attempt.result;
    }

    private record Attempt(LoginResult result, DomainException refusal) {
    }

    private Attempt attempt(String key, char[] password, String workstation) {
        Instant now = clock.instant();
        SecuritySettings s = settings.security();
        LoginThrottle t = throttles.find(key).orElse(LoginThrottle.none(key));
        if (t.lockedUntil() != null) {
            if (now.isBefore(t.lockedUntil())) {
                long minutes = Math.max(1, (Duration.between(now, t.lockedUntil()).toSeconds() + 59) / 60);
                return new Attempt(null, new DomainException("auth.locked", minutes));
            }
            t = LoginThrottle.none(key);
        }
        Duration wait = s.delayAfter(t.failures());
        if (t.lastFailureAt() != null && now.isBefore(t.lastFailureAt().plus(wait))) {
            long seconds = Math.max(1, (Duration.between(now, t.lastFailureAt().plus(wait)).toMillis() + 999) / 1000);
            return new Attempt(null, new DomainException("auth.tooSoon", seconds));
        }
        Optional<Account> found = accounts.findByLogin(key).filter(Account::active);
        boolean ok = found.map(a -> hasher.verify(password, a.passwordHash())).orElseGet(() -> {
            hasher.verify(password, decoyHash());
            return false;
        });
        if (!ok) {
            int failures = t.failures() + 1;
            if (failures >= s.failuresBeforeLock()) {
                Instant until = now.plus(Duration.ofMinutes(s.lockMinutes()));
                throttles.save(new LoginThrottle(key, failures, now, until));
                audit.record(new AuditEvent(key, AuditKind.LOGIN_LOCKED, "login:" + key,
                        failures + " failures; locked for " + s.lockMinutes() + " min", workstation));
                return new Attempt(null, new DomainException("auth.locked", (long) s.lockMinutes()));
            }
            throttles.save(new LoginThrottle(key, failures, now, null));
            audit.record(new AuditEvent(key, AuditKind.LOGIN_FAILED, "login:" + key, "failure " + failures,
                    workstation));
            return new Attempt(null, new DomainException("auth.invalidCredentials"));
        }
        Account a = found.orElseThrow();
        throttles.clear(key);
        if (hasher.needsRehash(a.passwordHash())) {
            accounts.updatePassword(a.id(), hasher.hash(password), a.mustChangePassword(), a.passwordChangedAt());
        }
        PasswordChange due = changeDue(a, now, s);
        audit.record(new AuditEvent(a.login(), AuditKind.LOGIN, "account:" + a.login(),
                due == null ? "" : "password change due: " + due, workstation));
        return new Attempt(new LoginResult(actorFor(a, due == null, workstation), due), null);
    }

    /** The signed-in person changes their own password; returns the actor with full permissions. */
    public Actor changeOwnPassword(Actor actor, char[] currentPassword, char[] newPassword) {
        return tx.inTransaction(() -> {
            Account a = accounts.findById(actor.accountId()).filter(Account::active)
                    .orElseThrow(() -> new DomainException("auth.invalidCredentials"));
            if (!hasher.verify(currentPassword, a.passwordHash())) {
                throw new DomainException("password.currentWrong");
            }
            SecuritySettings s = settings.security();
            PasswordRules.check(newPassword, a.login(), s);
            if (hasher.verify(newPassword, a.passwordHash())) {
                throw new DomainException("password.sameAsOld");
            }
            accounts.updatePassword(a.id(), hasher.hash(newPassword), false, clock.instant());
            audit.record(new AuditEvent(a.login(), AuditKind.PASSWORD_CHANGED, "account:" + a.login(), "",
                    actor.workstation()));
            return actorFor(accounts.findById(a.id()).orElseThrow(), true, actor.workstation());
        });
    }

    /** Checks the password again (unlocking after idle time) without counting it as a sign-in. */
    public boolean confirmPassword(Actor actor, char[] password) {
        return accounts.findById(actor.accountId()).filter(Account::active)
                .map(a -> hasher.verify(password, a.passwordHash())).orElse(false);
    }

    public SecuritySettings securitySettings() {
        return settings.security();
    }

    private PasswordChange changeDue(Account a, Instant now, SecuritySettings s) {
        if (a.mustChangePassword()) {
            return PasswordChange.REQUIRED_NEW_ACCOUNT_OR_RESET;
        }
        if (s.expiryEnabled() && a.passwordChangedAt() != null
                && now.isAfter(a.passwordChangedAt().plus(Duration.ofDays(s.passwordExpiryDays())))) {
            return PasswordChange.REQUIRED_EXPIRED;
        }
        return null;
    }

    private Actor actorFor(Account a, boolean withPermissions, String workstation) {
        PermissionMatrix matrix = permissions.load().orElseGet(PermissionMatrix::defaults);
        return new Actor(a.id(), a.staffId(), a.login(), a.fullName(), a.roles(),
                withPermissions ? matrix.union(a.roles()) : java.util.Set.of(), workstation);
    }

    /** Verified against for unknown logins, so they take as long as known ones; made on first need, not at start-up. */
    private String decoyHash() {
        String h = decoyHash;
        if (h == null) {
            h = hasher.hash("decoy-password-for-timing".toCharArray());
            decoyHash = h;
        }
        return h;
    }

    static String key(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
