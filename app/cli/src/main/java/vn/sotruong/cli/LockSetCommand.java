package vn.sotruong.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.sotruong.core.locks.LockColumns;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;

/** {@code lock set}: the administrator locks columns of a scope at once. */
@Command(name = "set")
final class LockSetCommand extends SignedInCommand {
    @Mixin
    LockTarget target;

    LockSetCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        var services = session.services();
        SchoolYear y = Targets.year(services, target.year);
        LockColumns columns = LockColumns.parse(target.columns);
        services.locks().lock(actor, y.id(), target.scope(services, actor, y), columns, target.reason);
        ctx.out().println(ctx.text("lock.done", columns, y.label()));
        return ExitCode.DONE;
    }
}
