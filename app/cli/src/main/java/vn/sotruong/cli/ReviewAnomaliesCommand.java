package vn.sotruong.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.review.Finding;
import vn.sotruong.core.review.ReviewSheets;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;

/**
 * {@code review anomalies [--term 1|2|year] [--out F.xlsx|F.pdf]}: the anomaly list, one line per finding: scope,
 * kind, reason; with {@code --out} also saved for the monthly meeting.
 */
@Command(name = "anomalies")
final class ReviewAnomaliesCommand extends SignedInCommand {
    @Option(names = "--term", paramLabel = "1|2|year", defaultValue = "1")
    String term;

    @Option(names = "--year", paramLabel = "2026-2027")
    String year;

    @Option(names = "--out", paramLabel = "F.xlsx")
    Path out;

    private Path target;

    ReviewAnomaliesCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        term(term);
        if (out != null) {
            target = CliFiles.output(out);
            ReviewFiles.pdf(target);
        }
    }

    /** 1, 2, or 0 for the year; anything else is the caller's mistake. */
    static int term(String term) {
        return switch (term.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "1" -> 1;
            case "2" -> 2;
            case "year", "cn" -> 0;
            default -> throw new UsageProblem("cli.termInvalid", term);
        };
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        int t = term(term);
        var services = session.services();
        SchoolYear y = Targets.year(services, year);
        LocalDate today = ctx.clock().instant().atZone(EntryProgressService.SCHOOL_ZONE).toLocalDate();
        List<Finding> found = services.review().anomalies(actor, y.id(), t, today);
        for (Finding f : found) {
            ctx.out().println(String.join("\t", f.scope(), ctx.label(f.kind().labelKey()),
                    ctx.label(f.code(), f.args().toArray())));
        }
        if (target != null) {
            Messages msg = new Messages(ctx.locale());
            ReviewFiles.save(new ReviewSheets(msg).anomalies(y.label() + " · " + msg.get("review.sheet.term." + t), found),
                    target, services.setup().school().name(), today, ctx.locale());
            ctx.out().println(ctx.text("review.saved", found.size(), target));
        }
        return ExitCode.DONE;
    }
}
