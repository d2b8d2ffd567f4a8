package vn.sotruong.cli;

import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.core.review.Finding;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;

/** {@code review anomalies [--term 1|2|year]}: the anomaly list, one line per finding: scope, kind, reason. */
@Command(name = "anomalies")
final class ReviewAnomaliesCommand extends SignedInCommand {
    @Option(names = "--term", paramLabel = "1|2|year", defaultValue = "1")
    String term;

    @Option(names = "--year", paramLabel = "2026-2027")
    String year;

    ReviewAnomaliesCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        int t = switch (term.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "1" -> 1;
            case "2" -> 2;
            case "year", "cn" -> 0;
            default -> throw new UsageProblem("cli.termInvalid", term);
        };
        var services = session.services();
        SchoolYear y = Targets.year(services, year);
        LocalDate today = ctx.clock().instant().atZone(EntryProgressService.SCHOOL_ZONE).toLocalDate();
        for (Finding f : services.review().anomalies(actor, y.id(), t, today)) {
            ctx.out().println(String.join("\t", f.scope(), ctx.label(f.kind().labelKey()),
                    ctx.label(f.code(), f.args().toArray())));
        }
        return ExitCode.DONE;
    }
}
