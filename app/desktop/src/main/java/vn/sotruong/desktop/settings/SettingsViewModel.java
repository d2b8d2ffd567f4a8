package vn.sotruong.desktop.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.school.School;
import vn.sotruong.core.school.SchoolSettings;
import vn.sotruong.core.school.SettingsService;
import vn.sotruong.core.security.SecuritySettings;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Cài đặt: the school profile, the security settings and the attendance settings. Each part saves as
 * a whole; the services check every value first, so a refused form changes nothing. Numeric settings
 * fall into parts by their key's first word ("security.…", "attendance.…").
 */
public final class SettingsViewModel {
    /** The order people read them in: passwords, then sign-in throttling, then the idle lock. */
    private static final List<String> ORDER = List.of(SecuritySettings.MIN_PASSWORD_LENGTH,
            SecuritySettings.EXPIRY_DAYS, SecuritySettings.FAILURES_BEFORE_DELAY, SecuritySettings.FIRST_DELAY_SECONDS,
            SecuritySettings.FAILURES_BEFORE_LOCK, SecuritySettings.LOCK_MINUTES, SecuritySettings.IDLE_LOCK_MINUTES);

    private static final String SECURITY = "security";
    private static final String ATTENDANCE = "attendance";

    private final Session session;
    private final SettingsService service;
    private final UiText text;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty moetCode = new SimpleStringProperty("");
    private final StringProperty province = new SimpleStringProperty("");
    private final StringProperty district = new SimpleStringProperty("");
    private final StringProperty principal = new SimpleStringProperty("");
    private final Map<String, StringProperty> security = new LinkedHashMap<>();
    private final Map<String, String> saved = new LinkedHashMap<>();
    private final StringProperty profileError = new SimpleStringProperty("");
    private final StringProperty securityError = new SimpleStringProperty("");
    private final StringProperty attendanceError = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final StringProperty invalidKey = new SimpleStringProperty("");

    public SettingsViewModel(Session session, UiText text) {
        this.session = session;
        this.service = session.services().settingsService();
        this.text = text;
        List<String> keys = new ArrayList<>(ORDER.stream().filter(service.numericKeys()::contains).toList());
        // a setting added to the service later still shows, after the known ones
        service.numericKeys().stream().filter(k -> !keys.contains(k)).sorted().forEach(keys::add);
        keys.forEach(k -> security.put(k, new SimpleStringProperty("")));
        reload();
    }

    public final void reload() {
        School s = session.school();
        name.set(s.name());
        moetCode.set(nullToEmpty(s.moetCode()));
        province.set(nullToEmpty(s.province()));
        district.set(nullToEmpty(s.district()));
        principal.set(nullToEmpty(s.principalName()));
        SecuritySettings current = session.services().settings().security();
        security.forEach((key, p) -> {
            String v = String.valueOf(valueOf(current, key));
            p.set(v);
            saved.put(key, v);
        });
    }

    private int valueOf(SecuritySettings s, String key) {
        return switch (key) {
            case SecuritySettings.EXPIRY_DAYS -> s.passwordExpiryDays();
            case SecuritySettings.IDLE_LOCK_MINUTES -> s.idleLockMinutes();
            case SecuritySettings.FAILURES_BEFORE_DELAY -> s.failuresBeforeDelay();
            case SecuritySettings.FAILURES_BEFORE_LOCK -> s.failuresBeforeLock();
            case SecuritySettings.LOCK_MINUTES -> s.lockMinutes();
            case SecuritySettings.MIN_PASSWORD_LENGTH -> s.minPasswordLength();
            case SecuritySettings.FIRST_DELAY_SECONDS -> s.firstDelaySeconds();
            case SchoolSettings.ATTENDANCE_SESSIONS -> session.services().settings().attendanceSessions();
            default -> session.services().settings().intValue(key, 0);
        };
    }

    public boolean saveProfile() {
        School old = session.school();
        School changed = new School(name.get(), moetCode.get(), province.get(), district.get(), old.level(),
                principal.get(), old.demo());
        info.set("");
        if (!Attempt.run(text, profileError, () -> session.services().setup().updateProfile(session.actor(), changed))) {
            return false;
        }
        info.set(text.t("settings.profile.saved"));
        reload();
        return true;
    }

    /** Saves the security values that differ from the stored ones, all or none. */
    public boolean saveSecurity() {
        return save(SECURITY);
    }

    /** Saves the attendance settings (sessions per day). */
    public boolean saveAttendance() {
        return save(ATTENDANCE);
    }

    private boolean save(String group) {
        StringProperty groupError = errorProperty(group);
        Map<String, String> changed = new LinkedHashMap<>();
        security.forEach((key, p) -> {
            String v = p.get() == null ? "" : p.get().strip();
            if (key.startsWith(group + ".") && !Objects.equals(v, saved.get(key))) {
                changed.put(key, v);
            }
        });
        info.set("");
        invalidKey.set("");
        try {
            service.updateAll(session.actor(), changed);
        } catch (DomainException e) {
            Object[] args = e.args();
            String key = args.length > 0 && args[args.length - 1] instanceof String k && security.containsKey(k) ? k : "";
            invalidKey.set(key);
            String reason = text.error(e);
            // the service's sentence says what is allowed; the label says which field it is about
            groupError.set(key.isEmpty() ? reason : text.t("settings.fieldError", label(key), reason));
            return false;
        } catch (RuntimeException e) {
            groupError.set(text.error(e));
            return false;
        }
        groupError.set("");
        info.set(changed.isEmpty() ? text.t("settings.unchanged") : text.t("settings." + group + ".saved"));
        reload();
        return true;
    }

    public List<String> securityKeys() {
        return keys(SECURITY);
    }

    public List<String> attendanceKeys() {
        return keys(ATTENDANCE);
    }

    private List<String> keys(String group) {
        return security.keySet().stream().filter(k -> k.startsWith(group + ".")).toList();
    }

    private StringProperty errorProperty(String group) {
        return group.equals(ATTENDANCE) ? attendanceError : securityError;
    }

    public StringProperty securityValue(String key) {
        return security.get(key);
    }

    /** The field's label: the key's last part ("idleLockMinutes") names the text. */
    public String label(String key) {
        String k = "settings." + key;
        return text.has(k) ? text.t(k) : key;
    }

    public String help(String key) {
        String k = "settings." + key + ".help";
        return text.has(k) ? text.t(k) : "";
    }

    /** The id a test or a person's screen reader finds the field by: "setting-idleLockMinutes". */
    public static String fieldId(String key) {
        return "setting-" + key.substring(key.lastIndexOf('.') + 1);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty moetCodeProperty() {
        return moetCode;
    }

    public StringProperty provinceProperty() {
        return province;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public StringProperty principalProperty() {
        return principal;
    }

    public StringProperty profileErrorProperty() {
        return profileError;
    }

    public StringProperty securityErrorProperty() {
        return securityError;
    }

    public StringProperty attendanceErrorProperty() {
        return attendanceError;
    }

    public StringProperty infoProperty() {
        return info;
    }

    public StringProperty invalidKeyProperty() {
        return invalidKey;
    }
}
