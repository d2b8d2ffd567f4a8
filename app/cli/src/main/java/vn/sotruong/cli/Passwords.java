package vn.sotruong.cli;

import java.util.Arrays;
import vn.sotruong.core.common.DomainException;

/**
 * Where passwords come from: the environment (scripts), else a prompt on the terminal; with
 * neither, a usage error. Passwords are never options, so they stay out of shell history and ps.
 */
final class Passwords {
    static final String PASSWORD = "SOTRUONG_PASSWORD";
    static final String NEW_PASSWORD = "SOTRUONG_NEW_PASSWORD";
    static final String BACKUP_PASSWORD = "SOTRUONG_BACKUP_PASSWORD";
    static final String KEY_PASSWORD = "SOTRUONG_KEY_PASSWORD";

    private final CliContext ctx;

    Passwords(CliContext ctx) {
        this.ctx = ctx;
    }

    /** The signing-in user's password. */
    char[] current(String login) {
        String env = ctx.env(PASSWORD);
        if (env != null) {
            return env.toCharArray();
        }
        return ctx.terminal().readPassword(ctx.text("cli.prompt.password", login))
                .orElseThrow(() -> new UsageProblem("cli.passwordMissing", PASSWORD));
    }

    /** A password being set: from {@code variable}, else typed twice. */
    char[] chosen(String variable) {
        String env = ctx.env(variable);
        if (env != null) {
            return env.toCharArray();
        }
        char[] first = ctx.terminal().readPassword(ctx.text("cli.prompt.newPassword"))
                .orElseThrow(() -> new UsageProblem("cli.passwordMissing", variable));
        char[] again = ctx.terminal().readPassword(ctx.text("cli.prompt.repeatPassword"))
                .orElseThrow(() -> new UsageProblem("cli.passwordMissing", variable));
        if (!Arrays.equals(first, again)) {
            throw new DomainException("password.mismatch");
        }
        return first;
    }

    /**
     * The backup password: from {@code SOTRUONG_BACKUP_PASSWORD}, else typed — twice when a backup is
     * being made, because a mistyped password makes the backup unopenable.
     */
    char[] backup(boolean confirm) {
        return secret(BACKUP_PASSWORD, "cli.prompt.backupPassword", "cli.prompt.repeatBackupPassword", confirm);
    }

    /**
     * The signed-in user's signing key password: from {@code SOTRUONG_KEY_PASSWORD}, else typed — twice when a
     * key is being issued.
     */
    char[] key(boolean confirm) {
        return secret(KEY_PASSWORD, "cli.prompt.keyPassword", "cli.prompt.repeatKeyPassword", confirm);
    }

    private char[] secret(String variable, String prompt, String repeat, boolean confirm) {
        String env = ctx.env(variable);
        if (env != null) {
            return env.toCharArray();
        }
        char[] first = ctx.terminal().readPassword(ctx.text(prompt))
                .orElseThrow(() -> new UsageProblem("cli.passwordMissing", variable));
        if (confirm) {
            char[] again = ctx.terminal().readPassword(ctx.text(repeat))
                    .orElseThrow(() -> new UsageProblem("cli.passwordMissing", variable));
            if (!Arrays.equals(first, again)) {
                throw new DomainException("password.mismatch");
            }
        }
        return first;
    }
}
