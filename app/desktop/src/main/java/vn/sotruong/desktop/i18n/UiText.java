package vn.sotruong.desktop.i18n;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import vn.sotruong.core.assessment.Explanation;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.security.Role;

/**
 * Every user-facing string of the desktop for one language: the desktop's own bundle for labels,
 * core's {@link Messages} for the codes services return. A missing key shows itself, so a test or a
 * person notices it instead of seeing an empty label.
 */
public final class UiText {
    public static final Locale VIETNAMESE = Messages.VIETNAMESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "vn.sotruong.desktop.i18n.ui";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final System.Logger LOG = System.getLogger(UiText.class.getName());

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Messages messages;

    public UiText(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's default locale: an English PC must still get Vietnamese by default
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.messages = new Messages(locale);
    }

    public static UiText vietnamese() {
        return new UiText(VIETNAMESE);
    }

    /** "vi" or "en" (anything else means Vietnamese, the default). */
    public static Locale localeOf(String code) {
        return code != null && code.strip().equalsIgnoreCase("en") ? ENGLISH : VIETNAMESE;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isEnglish() {
        return locale.getLanguage().equals("en");
    }

    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // every pattern is written for MessageFormat (an apostrophe doubled), also those shown without arguments
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A service code translated by core's bundle ({@code auth.locked} …). */
    public String code(String code, Object... args) {
        return messages.get(code, args);
    }

    /** The message for a failure: translated for service refusals, a short generic text otherwise. */
    public String error(Throwable e) {
        if (e instanceof DomainException d) {
            // the desktop's own codes (launch options) live in its bundle, the services' in core's
            return bundle.containsKey(d.code()) ? t(d.code(), d.args()) : code(d.code(), d.args());
        }
        // an unexpected failure is a bug or an environment problem: keep the details in the log
        LOG.log(System.Logger.Level.ERROR, "unexpected failure", e);
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return t("error.unexpected", detail);
    }

    /** A result's explanation ("(30,5 + 2 × 7,5 + 3 × 8,0) : 9 …") in this language; empty for none. */
    public String explain(Explanation e) {
        return e == null ? "" : e.render(messages);
    }

    /** A stored decimal ("7.5") as this language writes it ("7,5" in Vietnamese). */
    public String decimal(String canonical) {
        return canonical == null || isEnglish() ? canonical : canonical.replace('.', ',');
    }

    public String role(Role r) {
        return messages.get(r.labelKey());
    }

    public String roles(Collection<Role> roles) {
        return roles.stream().sorted().map(this::role).collect(Collectors.joining(", "));
    }

    public String level(SchoolLevel level) {
        return messages.get(level.labelKey());
    }

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public String dateTime(Instant at, ZoneId zone) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    public static DateTimeFormatter dateFormat() {
        return DATE;
    }
}
