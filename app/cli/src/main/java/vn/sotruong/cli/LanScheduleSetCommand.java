package vn.sotruong.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.security.Actor;

/**
 * {@code lan schedule set --weekly "MON 07:00-11:00" … [--closed 2026-11-20] [--open "2026-11-28 07:00-11:00"]}:
 * replaces the whole schedule; a refused line changes nothing.
 */
@Command(name = "set")
final class LanScheduleSetCommand extends SignedInCommand {
    @Option(names = "--weekly", paramLabel = "\"DAY HH:MM-HH:MM\"", descriptionKey = "lan.schedule.weekly")
    List<String> weekly = new ArrayList<>();

    @Option(names = "--closed", paramLabel = "YYYY-MM-DD", descriptionKey = "lan.schedule.closed")
    List<String> closed = new ArrayList<>();

    @Option(names = "--open", paramLabel = "\"YYYY-MM-DD HH:MM-HH:MM\"", descriptionKey = "lan.schedule.open")
    List<String> open = new ArrayList<>();

    LanScheduleSetCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        if (weekly.isEmpty() && closed.isEmpty() && open.isEmpty()) {
            throw new UsageProblem("cli.usage.missing", "--weekly | --closed | --open");
        }
        List<String> days = new ArrayList<>(open);
        closed.forEach(d -> days.add(d.strip() + " closed"));
        var s = session.store().roomSchedule().set(actor, weekly, days);
        ctx.out().println(ctx.text("lan.schedule.saved"));
        LanSchedulePrinter.print(ctx, s);
        return ExitCode.DONE;
    }
}
