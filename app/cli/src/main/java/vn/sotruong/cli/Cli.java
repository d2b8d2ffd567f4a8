package vn.sotruong.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Set;

/**
 * The command line: {@code sotruong [--data DIR] [--user NAME] COMMAND [OPTIONS]} (INTERFACES.md).
 * The desktop launcher asks {@link #isCommand} and, when true, runs {@link #run} instead of the window.
 * Exit codes: 0 done, 2 usage error, 3 refused (with the reason in the user's language), 1 anything else.
 */
public final class Cli {
    /** Options the desktop app understands; alone they mean "open the window". */
    private static final Set<String> DESKTOP_OPTIONS_WITH_VALUE = Set.of("--data", "--lang");
    private static final Set<String> DESKTOP_FLAGS = Set.of("--demo");

    private Cli() {
    }

    /** True when the arguments hold a command (or --version / --help); false for none or desktop options only. */
    public static boolean isCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (DESKTOP_OPTIONS_WITH_VALUE.contains(a)) {
                i++;
            } else if (!DESKTOP_FLAGS.contains(a) && !isDesktopOptionWithInlineValue(a)) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command on the process's own streams and environment. */
    public static int run(String[] args) {
        return run(args, System.out, System.err, System.getenv(), System.in);
    }

    /**
     * Runs a command. Passwords come from the environment; an interactive prompt is offered only when
     * {@code in} is this process's standard input and it is attached to a terminal.
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, InputStream in) {
        CliContext ctx = CliContext.create(args, out, err, env, Terminal.forInput(in));
        return new CommandRunner(ctx).run(args);
    }

    private static boolean isDesktopOptionWithInlineValue(String a) {
        return DESKTOP_OPTIONS_WITH_VALUE.stream().anyMatch(o -> a.startsWith(o + "="));
    }
}
