package vn.sotruong.core.security;

import java.time.Instant;
import java.util.Set;

/** A person's login account (tài khoản). Every account belongs to a staff record. */
public record Account(long id, long staffId, String login, String fullName, String passwordHash,
                      boolean mustChangePassword, Instant passwordChangedAt, boolean active, Set<Role> roles) {
    public Account {
        roles = Set.copyOf(roles);
    }
}
