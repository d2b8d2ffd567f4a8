package vn.sotruong.data.backup;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.school.SettingsStore;

/**
 * The school's backup settings (thiết lập sao lưu), kept in the store's settings as text.
 *
 * @param keepUsb generations kept in a folder a person backs up to (the USB stick)
 * @param keepLocal generations kept in the automatic folder on this PC
 * @param remindDays days after the last USB backup before the app reminds
 */
public record BackupSettings(int keepUsb, int keepLocal, int remindDays) {
    public static final String KEEP_USB = "backup.keep.usb";
    public static final String KEEP_LOCAL = "backup.keep.local";
    public static final String REMIND_DAYS = "backup.remind.days";
    /** Bookkeeping, not a choice: when the last backup by a person (to a USB stick) was verified, UTC. */
    public static final String LAST_USB = "backup.last.usb";
    /** Bookkeeping: when the last automatic backup on this PC was verified, UTC. */
    public static final String LAST_LOCAL = "backup.last.local";

    public static final BackupSettings DEFAULTS = new BackupSettings(5, 30, 7);
    /** Allowed ranges, in the order a form shows them. */
    static final Map<String, int[]> RANGES = ranges();

    private static Map<String, int[]> ranges() {
        Map<String, int[]> m = new LinkedHashMap<>();
        m.put(KEEP_USB, new int[] {1, 100});
        m.put(KEEP_LOCAL, new int[] {1, 365});
        m.put(REMIND_DAYS, new int[] {1, 90});
        return m;
    }

    /** The allowed {min, max} of a setting's key. */
    public static int[] range(String key) {
        int[] r = RANGES.get(key);
        if (r == null) {
            throw new IllegalArgumentException(key);
        }
        return r.clone();
    }

    static BackupSettings read(SettingsStore store) {
        return new BackupSettings(intValue(store, KEEP_USB, DEFAULTS.keepUsb),
                intValue(store, KEEP_LOCAL, DEFAULTS.keepLocal), intValue(store, REMIND_DAYS, DEFAULTS.remindDays));
    }

    Map<String, String> asText() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(KEEP_USB, String.valueOf(keepUsb));
        m.put(KEEP_LOCAL, String.valueOf(keepLocal));
        m.put(REMIND_DAYS, String.valueOf(remindDays));
        return m;
    }

    /** Refuses a value out of its range with {@code setting.outOfRange} (min, max, key), changing nothing. */
    void check() {
        asText().forEach((key, v) -> {
            int[] r = RANGES.get(key);
            int value = Integer.parseInt(v);
            if (value < r[0] || value > r[1]) {
                throw new DomainException("setting.outOfRange", r[0], r[1], key);
            }
        });
    }

    static Optional<Instant> instant(SettingsStore store, String key) {
        try {
            return store.get(key).filter(v -> !v.isBlank()).map(v -> Instant.parse(v.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int intValue(SettingsStore store, String key, int defaultValue) {
        int[] r = RANGES.get(key);
        return store.get(key).map(String::strip).filter(v -> v.matches("\\d{1,6}")).map(Integer::parseInt)
                .filter(v -> v >= r[0] && v <= r[1]).orElse(defaultValue);
    }
}
