package vn.sotruong.core.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Accounts and their roles. Logins compare case-insensitively. */
public interface AccountStore {
    Optional<Account> findByLogin(String login);

    Optional<Account> findById(long id);

    Optional<Account> findByStaff(long staffId);

    List<Account> list();

    long create(long staffId, String login, String passwordHash, boolean mustChange, Instant now, Set<Role> roles);

    void updatePassword(long accountId, String passwordHash, boolean mustChange, Instant changedAt);

    void setRoles(long accountId, Set<Role> roles);

    void setActive(long accountId, boolean active);

    /** Active accounts holding the role. */
    int countActiveWithRole(Role role);
}
