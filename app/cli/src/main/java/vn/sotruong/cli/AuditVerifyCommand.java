package vn.sotruong.cli;

import java.util.OptionalLong;
import picocli.CommandLine.Command;
import vn.sotruong.core.security.Actor;

/** {@code audit verify}: checks the audit trail's hash chain; names the first broken entry and exits 3 if broken. */
@Command(name = "verify")
final class AuditVerifyCommand extends SignedInCommand {
    AuditVerifyCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        OptionalLong broken = session.services().audit().verify(actor);
        if (broken.isPresent()) {
            ctx.err().println(ctx.text("audit.broken", broken.getAsLong()));
            return ExitCode.REFUSED;
        }
        ctx.out().println(ctx.text("audit.intact"));
        return ExitCode.DONE;
    }
}
