package vn.sotruong.desktop.accounts;

import java.util.Optional;

/** Until when a login is locked after failed sign-ins; empty when it is not locked. */
@FunctionalInterface
public interface LockStatus {
    Optional<java.time.Instant> lockedUntil(String login);
}
