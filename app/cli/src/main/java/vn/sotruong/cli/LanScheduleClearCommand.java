package vn.sotruong.cli;

import picocli.CommandLine.Command;
import vn.sotruong.core.security.Actor;

/** {@code lan schedule clear}: no schedule — workstations may sign in at any time. */
@Command(name = "clear")
final class LanScheduleClearCommand extends SignedInCommand {
    LanScheduleClearCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        LanSchedulePrinter.print(ctx, session.store().roomSchedule().clear(actor));
        return ExitCode.DONE;
    }
}
