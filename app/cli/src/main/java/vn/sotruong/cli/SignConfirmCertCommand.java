package vn.sotruong.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.sotruong.core.security.Actor;

/** {@code sign confirm-cert LOGIN FINGERPRINT}: xác nhận chứng thư đã đăng ký là của người đó (ACCOUNTS_MANAGE). */
@Command(name = "confirm-cert")
final class SignConfirmCertCommand extends SignedInCommand {
    @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "trust.login")
    String login;

    @Parameters(index = "1", paramLabel = "FINGERPRINT", descriptionKey = "trust.fingerprint")
    String fingerprint;

    SignConfirmCertCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        session.services().signatures().trust().confirm(actor, login, fingerprint);
        ctx.out().println(ctx.text("trust.confirmedDone", login, fingerprint));
        return ExitCode.DONE;
    }
}
