package vn.sotruong.cli;

import picocli.CommandLine.Command;
import vn.sotruong.core.audit.AuditVerification;
import vn.sotruong.core.security.Actor;

/**
 * {@code audit verify}: checks the audit trail's hash chain and its signed checkpoints; names the first broken
 * entry, a deleted tail (the chain ends before a checkpoint says it reached) or a forged checkpoint, and exits 3.
 */
@Command(name = "verify")
final class AuditVerifyCommand extends SignedInCommand {
    AuditVerifyCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        AuditVerification v = session.services().audit().check(actor);
        v.firstBroken().ifPresent(id -> ctx.err().println(ctx.text("audit.broken", id)));
        v.truncation().ifPresent(t -> ctx.err().println(ctx.text("audit.truncated", t.stopsAt(), t.checkpointId(),
                BackupVerifyCommand.SHOWN.format(t.signedAt()), t.reached())));
        v.forgedCheckpoints().forEach(id -> ctx.err().println(ctx.text("audit.forgedCheckpoint", id)));
        if (!v.intact()) {
            return ExitCode.REFUSED;
        }
        ctx.out().println(ctx.text("audit.intact"));
        if (v.checkpoints() > 0) {
            ctx.out().println(ctx.text("audit.checkpoints", v.checkpoints(), v.chainEnd()));
        }
        return ExitCode.DONE;
    }
}
