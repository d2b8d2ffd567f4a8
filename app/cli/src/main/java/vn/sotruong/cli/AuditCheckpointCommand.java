package vn.sotruong.cli;

import picocli.CommandLine.Command;
import vn.sotruong.core.audit.AuditCheckpoint;
import vn.sotruong.core.security.Actor;

/** {@code audit checkpoint}: ký điểm mốc nhật ký — signs the chain's head now with the school's key. */
@Command(name = "checkpoint")
final class AuditCheckpointCommand extends SignedInCommand {
    AuditCheckpointCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        AuditCheckpoint cp = session.services().audit().checkpoint(actor);
        ctx.out().println(ctx.text("audit.checkpointSigned", cp.id(), cp.sequence(), cp.chainHash().substring(0, 12)));
        return ExitCode.DONE;
    }
}
