package vn.sotruong.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.rollover.Placement;
import vn.sotruong.core.rollover.RolloverPlan;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.data.backup.BackupService;

/** {@code year rollover [--execute]}: shows the move to the next school year; with --execute carries it out. */
@Command(name = "rollover")
final class YearRolloverCommand extends SignedInCommand {
    @Option(names = "--execute")
    boolean execute;

    @Option(names = "--year", paramLabel = "2026-2027")
    String year;

    YearRolloverCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        var services = session.services();
        SchoolYear from = Targets.year(services, year);
        RolloverPlan plan = services.rollover().plan(actor, from.id());
        for (RolloverPlan.NewClass c : plan.classes()) {
            ctx.out().println(ctx.text("rollover.class", c.name(), c.grade(), c.fromClass() == null ? "—" : c.fromClass()));
        }
        for (Placement p : plan.placements()) {
            ctx.out().println(String.join("\t", p.pupil().code(), p.pupil().fullName(), p.fromClass(),
                    ctx.label(p.decision().labelKey()), p.toClass() == null ? "" : p.toClass()));
        }
        ctx.out().println(ctx.text("rollover.summary", SchoolYear.label(plan.nextStartYear()),
                plan.count(Placement.Decision.PROMOTED), plan.count(Placement.Decision.RETAINED),
                plan.count(Placement.Decision.COMPLETED), plan.count(Placement.Decision.UNDECIDED)));
        if (!execute) {
            return ExitCode.DONE;
        }
        // the regulations want a backup before a year rollover: made after the plan's checks, before any change
        BackupService backups = new BackupService(session.store(), ctx.clock());
        services.rollover().execute(actor, from.id(), who -> ctx.out().println(ctx.text("rollover.backedUp",
                backups.beforeRollover(who))));
        ctx.out().println(ctx.text("rollover.done", SchoolYear.label(plan.nextStartYear())));
        return ExitCode.DONE;
    }
}
