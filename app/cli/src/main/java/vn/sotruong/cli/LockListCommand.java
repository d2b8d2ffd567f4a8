package vn.sotruong.cli;

import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.locks.LockDecision;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;

/** {@code lock list}: the year's lock decisions, oldest first, one a line. */
@Command(name = "list")
final class LockListCommand extends SignedInCommand {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Option(names = "--year", paramLabel = "2026-2027")
    String year;

    LockListCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        var services = session.services();
        SchoolYear y = Targets.year(services, year);
        for (LockDecision d : services.locks().decisions(actor, y.id())) {
            String scope = (d.scope().grade() == null ? "" : "khối " + d.scope().grade() + " ")
                    + (d.scope().classId() == null ? "" : services.organisation().requireClass(actor, d.scope().classId()).name() + " ")
                    + (d.scope().subjectCode() == null ? "" : d.scope().subjectCode());
            ctx.out().println(String.join("\t", d.recordedAt().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                            .toLocalDate().format(DATE), d.action().name(), d.columns().toString(),
                    scope.isBlank() ? "*" : scope.strip(), d.openUntil() == null ? "" : d.openUntil().format(DATE),
                    d.decidedBy(), d.reason()));
        }
        return ExitCode.DONE;
    }
}
