package vn.sotruong.desktop.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.desktop.i18n.UiText;

/**
 * The desktop's options: {@code --data DIR}, {@code --demo}, {@code --lang vi|en}. Both
 * {@code --data DIR} and {@code --data=DIR} are accepted, as the command line accepts them.
 *
 * @param dataDir empty means the per-user default folder
 */
public record LaunchOptions(Optional<Path> dataDir, boolean demo, Locale locale) {

    public static LaunchOptions parse(List<String> args) {
        Optional<Path> data = Optional.empty();
        boolean demo = false;
        Locale locale = UiText.VIETNAMESE;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = null;
            int eq = a.indexOf('=');
            String name = eq > 0 && a.startsWith("--") ? a.substring(0, eq) : a;
            if (eq > 0 && a.startsWith("--")) {
                value = a.substring(eq + 1);
            }
            switch (name) {
                case "--demo" -> demo = true;
                case "--data" -> {
                    if (value == null) {
                        value = next(args, ++i, name);
                    }
                    data = Optional.of(Path.of(value));
                }
                case "--lang" -> {
                    if (value == null) {
                        value = next(args, ++i, name);
                    }
                    if (!value.equalsIgnoreCase("vi") && !value.equalsIgnoreCase("en")) {
                        throw new DomainException("desktop.langInvalid", value);
                    }
                    locale = UiText.localeOf(value);
                }
                default -> throw new DomainException("desktop.optionUnknown", a);
            }
        }
        return new LaunchOptions(data, demo, locale);
    }

    private static String next(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new DomainException("desktop.optionValueMissing", option);
        }
        return args.get(i);
    }
}
