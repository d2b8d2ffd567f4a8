package vn.sotruong.cli;

import picocli.CommandLine.Command;
import vn.sotruong.core.security.Actor;

/** {@code lan schedule list}: the windows and exceptional dates, or that workstations may sign in at any time. */
@Command(name = "list")
final class LanScheduleListCommand extends SignedInCommand {
    LanScheduleListCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        LanSchedulePrinter.print(ctx, session.store().roomSchedule().view(actor));
        return ExitCode.DONE;
    }
}
