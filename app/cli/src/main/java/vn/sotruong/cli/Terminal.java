package vn.sotruong.cli;

import java.io.Console;
import java.io.InputStream;
import java.util.Optional;

/**
 * The interactive console for password prompts, when there is one. Scripts (Task Scheduler, CI,
 * tests) have none and must pass passwords in the environment.
 */
final class Terminal {
    private final Console console;

    private Terminal(Console console) {
        this.console = console;
    }

    static Terminal forInput(InputStream in) {
        Console c = System.console();
        // since JDK 22 System.console() exists even when redirected: only a real terminal can prompt
        boolean interactive = in == System.in && c != null && c.isTerminal();
        return new Terminal(interactive ? c : null);
    }

    static Terminal none() {
        return new Terminal(null);
    }

    /** The typed password, or empty when there is no terminal to ask on. */
    Optional<char[]> readPassword(String prompt) {
        if (console == null) {
            return Optional.empty();
        }
        char[] typed = console.readPassword("%s", prompt);
        return Optional.ofNullable(typed);
    }
}
