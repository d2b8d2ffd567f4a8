package vn.sotruong.core.school;

import vn.sotruong.core.security.SecuritySettings;

/** Reads typed settings with their documented defaults. */
public final class SchoolSettings {
    /** Số buổi học mỗi ngày that attendance is kept for: 1 (the morning only, the default) or 2. */
    public static final String ATTENDANCE_SESSIONS = "attendance.sessions";

    private final SettingsStore store;

    public SchoolSettings(SettingsStore store) {
        this.store = store;
    }

    public int intValue(String key, int defaultValue) {
        return store.get(key).map(String::strip).filter(v -> v.matches("-?\\d+")).map(Integer::parseInt)
                .orElse(defaultValue);
    }

    /** Sessions a day the school takes attendance for: 1 (Sáng) unless set to 2 (Sáng and Chiều). */
    public int attendanceSessions() {
        return intValue(ATTENDANCE_SESSIONS, 1) == 2 ? 2 : 1;
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
