package vn.sotruong.core.school;

import vn.sotruong.core.security.SecuritySettings;

/** Reads typed settings with their documented defaults. */
public final class SchoolSettings {
    private final SettingsStore store;

    public SchoolSettings(SettingsStore store) {
        this.store = store;
    }

    public int intValue(String key, int defaultValue) {
        return store.get(key).map(String::strip).filter(v -> v.matches("-?\\d+")).map(Integer::parseInt)
                .orElse(defaultValue);
    }

    public SecuritySettings security() {
        SecuritySettings d = SecuritySettings.defaults();
        return new SecuritySettings(
                intValue(SecuritySettings.EXPIRY_DAYS, d.passwordExpiryDays()),
                intValue(SecuritySettings.IDLE_LOCK_MINUTES, d.idleLockMinutes()),
                intValue(SecuritySettings.FAILURES_BEFORE_DELAY, d.failuresBeforeDelay()),
                intValue(SecuritySettings.FAILURES_BEFORE_LOCK, d.failuresBeforeLock()),
                intValue(SecuritySettings.LOCK_MINUTES, d.lockMinutes()),
                intValue(SecuritySettings.MIN_PASSWORD_LENGTH, d.minPasswordLength()),
                intValue(SecuritySettings.FIRST_DELAY_SECONDS, d.firstDelaySeconds()));
    }
}
