package vn.sotruong.cli;

import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.sotruong.core.locks.LockColumns;
import vn.sotruong.core.pupil.PupilRules;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;

/**
 * {@code lock open}: the administrator opens columns on the principal's decision; the principal confirms by
 * signing in ({@code --principal LOGIN}, password from SOTRUONG_PRINCIPAL_PASSWORD or typed).
 */
@Command(name = "open")
final class LockOpenCommand extends SignedInCommand {
    static final String PRINCIPAL_PASSWORD = "SOTRUONG_PRINCIPAL_PASSWORD";

    @Mixin
    LockTarget target;

    @Option(names = "--principal", required = true, paramLabel = "LOGIN")
    String principal;

    @Option(names = "--until", paramLabel = "dd/MM/yyyy")
    String until;

    private char[] principalPassword;
    private LocalDate untilDate;

    LockOpenCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        if (until != null) {
            untilDate = PupilRules.date(until).orElseThrow(() -> new UsageProblem("cli.dateInvalid", until));
        }
        String env = ctx.env(PRINCIPAL_PASSWORD);
        principalPassword = env != null ? env.toCharArray()
                : ctx.terminal().readPassword(ctx.text("cli.prompt.password", principal))
                        .orElseThrow(() -> new UsageProblem("cli.passwordMissing", PRINCIPAL_PASSWORD));
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        var services = session.services();
        Actor confirming = session.signIn(principal, principalPassword, false);
        SchoolYear y = Targets.year(services, target.year);
        LockColumns columns = LockColumns.parse(target.columns);
        services.locks().open(actor, confirming, y.id(), target.scope(services, actor, y), columns, untilDate,
                target.reason);
        ctx.out().println(ctx.text("lock.opened", columns, y.label()));
        return ExitCode.DONE;
    }
}
