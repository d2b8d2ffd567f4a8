package vn.sotruong.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.sotruong.core.correction.CorrectionMinute;
import vn.sotruong.core.security.Actor;

/** {@code correction archive --minute N}: lưu trữ biên bản đã đủ chữ ký (read-only from then on). */
@Command(name = "archive")
final class CorrectionArchiveCommand extends SignedInCommand {
    @Mixin
    MinuteOptions minute;

    CorrectionArchiveCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        CorrectionMinute m = minute.find(session.services(), actor);
        CorrectionCommand.signing(session.services()).archive(actor, m.id());
        ctx.out().println(ctx.text("correction.archived", m.number()));
        return ExitCode.DONE;
    }
}
