package vn.sotruong.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.sotruong.core.security.Actor;

/** {@code sign trust remove FINGERPRINT}: bỏ một chứng thư gốc khỏi danh sách tin cậy (SCHOOL_SETUP). */
@Command(name = "remove")
final class SignTrustRemoveCommand extends SignedInCommand {
    @Parameters(index = "0", paramLabel = "FINGERPRINT", descriptionKey = "trust.fingerprint")
    String fingerprint;

    SignTrustRemoveCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        session.services().signatures().trust().remove(actor, fingerprint);
        ctx.out().println(ctx.text("trust.removed", fingerprint));
        return ExitCode.DONE;
    }
}
