package vn.sotruong.cli;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.i18n.Messages;

/**
 * What every command needs from the outside world: the streams it may write to, the environment,
 * the terminal, the clock and the user's language. Built per run; nothing here is global.
 */
final class CliContext {
    static final String BUNDLE = "vn.sotruong.cli.cli";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Terminal terminal;
    private final Clock clock;
    private final Locale locale;
    private final Messages messages;
    private final ResourceBundle texts;

    CliContext(PrintStream out, PrintStream err, Map<String, String> env, Terminal terminal, Clock clock,
               Locale locale) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.terminal = terminal;
        this.clock = clock;
        this.locale = locale;
        this.messages = new Messages(locale);
        this.texts = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static CliContext create(String[] args, PrintStream out, PrintStream err, Map<String, String> env,
                             Terminal terminal) {
        return new CliContext(out, err, env, terminal, Clock.systemUTC(), Language.choose(args, env));
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    String env(String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    Terminal terminal() {
        return terminal;
    }

    Clock clock() {
        return clock;
    }

    Locale locale() {
        return locale;
    }

    ResourceBundle texts() {
        return texts;
    }

    /** One of the command line's own sentences. */
    String text(String key, Object... args) {
        String pattern;
        try {
            pattern = texts.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // always through MessageFormat, as core's Messages does, so '' means the same everywhere
        return new MessageFormat(pattern, locale).format(args);
    }

    /** A label of core's (a status, a decision) in the user's language. */
    String label(String code, Object... args) {
        return messages.get(code, args);
    }

    /** The reason for a refusal in the user's language; codes core does not know yet live in our bundle. */
    String explain(DomainException e) {
        if (messages.has(e.code()) || !texts.containsKey(e.code())) {
            return messages.of(e);
        }
        return text(e.code(), e.args());
    }

    /** Picks Vietnamese unless {@code --lang en} or {@code SOTRUONG_LANG=en} asks for English. */
    static final class Language {
        private Language() {
        }

        static Locale choose(String[] args, Map<String, String> env) {
            String chosen = env.get("SOTRUONG_LANG");
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--lang") && i + 1 < args.length) {
                    chosen = args[i + 1];
                } else if (args[i].startsWith("--lang=")) {
                    chosen = args[i].substring("--lang=".length());
                }
            }
            return chosen != null && chosen.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                    : Messages.VIETNAMESE;
        }
    }
}
