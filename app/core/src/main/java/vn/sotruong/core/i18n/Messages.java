package vn.sotruong.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.sotruong.core.common.DomainException;

/**
 * Translates message codes from the services into the user's language. Vietnamese is the default;
 * English is the second bundle. A missing key shows the code itself so it is visible in tests.
 */
public final class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String BUNDLE = "vn.sotruong.core.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages vietnamese() {
        return new Messages(VIETNAMESE);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String code, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(code);
        } catch (MissingResourceException e) {
            return code;
        }
        // always through MessageFormat so quoting ('') behaves the same with and without arguments
        return new MessageFormat(pattern, locale).format(formattable(args));
    }

    /**
     * MessageFormat's {@code {0,date,…}} formats only {@link java.util.Date}; services pass
     * {@link java.time.LocalDate}s (school days, no time zone), shown as that same calendar day.
     */
    private static Object[] formattable(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof java.time.LocalDate d) {
                out[i] = java.util.Date.from(d.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
            }
        }
        return out;
    }

    public String of(DomainException e) {
        return get(e.code(), e.args());
    }

    public boolean has(String code) {
        return bundle.containsKey(code);
    }
}
