package vn.sotruong.core.security;

import java.time.Duration;

/**
 * The school's security settings, each with the default the regulations suggest.
 *
 * @param passwordExpiryDays regular password change (0 = off); default 180
 * @param idleLockMinutes the desktop locks after this long without input
 * @param failuresBeforeDelay failures before each new attempt must wait
 * @param failuresBeforeLock failures that lock the login for {@code lockMinutes}
 */
public record SecuritySettings(int passwordExpiryDays, int idleLockMinutes, int failuresBeforeDelay,
                               int failuresBeforeLock, int lockMinutes, int minPasswordLength,
                               int firstDelaySeconds) {

    public static final String EXPIRY_DAYS = "security.passwordExpiryDays";
    public static final String IDLE_LOCK_MINUTES = "security.idleLockMinutes";
    public static final String FAILURES_BEFORE_DELAY = "security.failuresBeforeDelay";
    public static final String FAILURES_BEFORE_LOCK = "security.failuresBeforeLock";
    public static final String LOCK_MINUTES = "security.lockMinutes";
    public static final String MIN_PASSWORD_LENGTH = "security.minPasswordLength";
    public static final String FIRST_DELAY_SECONDS = "security.firstDelaySeconds";

    public static SecuritySettings defaults() {
        return new SecuritySettings(180, 10, 3, 8, 15, 8, 5);
    }

    /** How long the next attempt must wait after {@code failures} failures: doubles each time. */
    public Duration delayAfter(int failures) {
        if (failures < failuresBeforeDelay) {
            return Duration.ZERO;
        }
        int exponent = Math.min(failures - failuresBeforeDelay, 10);
        return Duration.ofSeconds((long) firstDelaySeconds << exponent);
    }

    public boolean expiryEnabled() {
        return passwordExpiryDays > 0;
    }
}
