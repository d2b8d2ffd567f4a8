package vn.sotruong.cli;

import picocli.CommandLine.Command;
import vn.sotruong.core.security.Actor;

/** {@code user passwd}: the signed-in user's own new password, from {@code SOTRUONG_NEW_PASSWORD}. */
@Command(name = "passwd")
final class UserPasswdCommand extends SignedInCommand {
    private char[] newPassword;

    UserPasswdCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        newPassword = passwords.chosen(Passwords.NEW_PASSWORD);
    }

    /** Changing the password is exactly what a user with a change due must be able to do. */
    @Override
    protected boolean allowedWhilePasswordChangeDue() {
        return true;
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        session.services().auth().changeOwnPassword(actor, password, newPassword);
        ctx.out().println(ctx.text("user.passwordChanged", actor.login()));
        return ExitCode.DONE;
    }
}
