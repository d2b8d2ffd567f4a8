package vn.sotruong.core.school;

import java.util.Map;
import java.util.Set;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.security.SecuritySettings;

/** Changes the school's settings; each change is audited. */
public final class SettingsService {
    /** Whole-number settings and their allowed ranges. */
    private static final Map<String, int[]> NUMERIC = Map.of(
            SecuritySettings.EXPIRY_DAYS, new int[] {0, 3650},
            SecuritySettings.IDLE_LOCK_MINUTES, new int[] {1, 240},
            SecuritySettings.FAILURES_BEFORE_DELAY, new int[] {1, 50},
            SecuritySettings.FAILURES_BEFORE_LOCK, new int[] {2, 100},
            SecuritySettings.LOCK_MINUTES, new int[] {1, 1440},
            SecuritySettings.MIN_PASSWORD_LENGTH, new int[] {6, 64},
            SecuritySettings.FIRST_DELAY_SECONDS, new int[] {1, 300},
            SchoolSettings.ATTENDANCE_SESSIONS, new int[] {1, 2});

    private final SettingsStore store;
    private final AuditLog audit;
    private final Transactions tx;

    public SettingsService(SettingsStore store, AuditLog audit, Transactions tx) {
        this.store = store;
        this.audit = audit;
        this.tx = tx;
    }

    public Set<String> numericKeys() {
        return NUMERIC.keySet();
    }

    public void update(Actor actor, String key, String value) {
        updateAll(actor, Map.of(key, value == null ? "" : value));
    }

    /**
     * Changes several settings at once (a settings page's "Lưu"): every value is checked before any is
     * written, so one bad value leaves all of them as they were. A refusal names the key as its last
     * argument so a form can point at the field.
     */
    public void updateAll(Actor actor, Map<String, String> values) {
        actor.require(Permission.SCHOOL_SETUP);
        Map<String, String> checked = new java.util.TreeMap<>();
        values.forEach((key, value) -> checked.put(key, checked(key, value)));
        tx.run(() -> checked.forEach((key, v) -> {
            String old = store.get(key).orElse("");
            if (old.equals(v)) {
                return;
            }
            store.put(key, v);
            audit.record(new AuditEvent(actor.login(), AuditKind.SETTING_CHANGED, "setting:" + key, old + " → " + v,
                    actor.workstation()));
        }));
    }

    private static String checked(String key, String value) {
        int[] range = NUMERIC.get(key);
        Require.that(range != null, "setting.unknown", key);
        String v = value == null ? "" : value.strip();
        Require.that(v.matches("\\d{1,6}") && Integer.parseInt(v) >= range[0] && Integer.parseInt(v) <= range[1],
                "setting.outOfRange", range[0], range[1], key);
        return v;
    }
}
