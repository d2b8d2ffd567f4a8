package vn.sotruong.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.sotruong.core.security.Actor;

/**
 * A command run on behalf of {@code --user}: the password is settled before the store is opened
 * (a missing one is the caller's mistake, exit 2), then the user signs in and the work runs.
 */
abstract class SignedInCommand implements Callable<Integer> {
    protected final CliContext ctx;

    @Spec
    CommandSpec spec;

    SignedInCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public final Integer call() {
        RootCommand root = RootCommand.of(spec);
        if (root.user == null || root.user.isBlank()) {
            throw new UsageProblem("cli.userRequired", spec.qualifiedName());
        }
        Passwords passwords = new Passwords(ctx);
        char[] password = passwords.current(root.user);
        prepare(passwords);
        try (StoreSession session = StoreSession.open(root)) {
            Actor actor = session.signIn(root.user, password, allowedWhilePasswordChangeDue());
            return run(session, actor, password);
        }
    }

    /** Reads anything else from the environment before the store is touched. */
    protected void prepare(Passwords passwords) {
    }

    protected boolean allowedWhilePasswordChangeDue() {
        return false;
    }

    protected abstract int run(StoreSession session, Actor actor, char[] password);
}
