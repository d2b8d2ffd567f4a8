package vn.sotruong.core.security;

import java.time.Instant;

/**
 * Failed sign-ins for one login name, whether or not an account has that name, so the answer
 * never tells a stranger which names exist.
 */
public record LoginThrottle(String loginKey, int failures, Instant lastFailureAt, Instant lockedUntil) {
    public static LoginThrottle none(String key) {
        return new LoginThrottle(key, 0, null, null);
    }
}
