package vn.sotruong.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.Approval;
import vn.sotruong.core.gradebook.ResultPeriod;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;

/**
 * {@code results approve --class 7A --term 1|2|year}: Hiệu trưởng duyệt kết quả; refused (exit 3) while any
 * required entry is missing, with the first one named.
 */
@Command(name = "approve")
final class ResultsApproveCommand extends SignedInCommand {
    @Mixin
    ClassOptions schoolClass;

    @Option(names = "--term", required = true, paramLabel = "1|2|year")
    String term;

    private ResultPeriod period;

    ResultsApproveCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        try {
            period = ResultPeriod.parse(term);
        } catch (DomainException e) {
            throw new UsageProblem("cli.usage.termInvalid", term);
        }
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        var services = session.services();
        SchoolClass c = schoolClass.find(services, actor);
        Approval a = services.results().approve(actor, c.id(), period);
        ctx.out().println(ctx.text("results.approved", ctx.text("results.period." + period.name()), c.name(),
                a.fingerprint().substring(0, 12)));
        return ExitCode.DONE;
    }
}
