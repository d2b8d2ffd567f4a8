package vn.sotruong.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.signature.SigningKey;
import vn.sotruong.core.security.Actor;

/**
 * {@code sign key issue [--for LOGIN]}: cấp khóa ký cá nhân — for oneself, or (ACCOUNTS_MANAGE) for someone else;
 * the key password from {@code SOTRUONG_KEY_PASSWORD}, else typed twice.
 */
@Command(name = "issue")
final class SignKeyIssueCommand extends SignedInCommand {
    @Option(names = "--for", paramLabel = "LOGIN", descriptionKey = "sign.for")
    String login;

    private char[] keyPassword;

    SignKeyIssueCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        keyPassword = passwords.key(true);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        SigningKey key = session.services().signatures().issue(actor, login == null ? actor.login() : login, keyPassword);
        ctx.out().println(ctx.text("sign.keyIssued", key.login(), key.serial(), key.subject(),
                BackupVerifyCommand.SHOWN.format(key.notAfter())));
        return ExitCode.DONE;
    }
}
