package vn.sotruong.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.year.SchoolYear;

/** {@code class add}: a class of the current year (or {@code --year}), with its homeroom teacher by login. */
@Command(name = "add")
final class ClassAddCommand extends SignedInCommand {
    @Option(names = "--grade", required = true, paramLabel = "N")
    int grade;

    @Option(names = "--name", required = true, paramLabel = "7A")
    String name;

    @Option(names = "--homeroom", paramLabel = "USER")
    String homeroom;

    @Option(names = "--year", paramLabel = "2026-2027")
    String year;

    ClassAddCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        var services = session.services();
        SchoolYear target = year == null
                ? services.years().currentYear().orElseThrow(() -> new DomainException("year.noneOpen"))
                : services.years().years().stream()
                        .filter(y -> y.label().equals(year.strip())).findFirst()
                        .orElseThrow(() -> new DomainException("year.notFound"));
        Long homeroomStaff = null;
        if (homeroom != null) {
            // who may add classes is the service's rule; checked first so a refused user learns nothing about logins
            actor.require(Permission.SCHOOL_SETUP);
            homeroomStaff = services.accounts().findByLogin(actor, homeroom)
                    .orElseThrow(() -> new DomainException("class.homeroomNotFound", homeroom)).staffId();
        }
        services.organisation().addClass(actor, target.id(), grade, name, homeroomStaff);
        ctx.out().println(ctx.text("class.created", name.strip().toUpperCase(java.util.Locale.ROOT), grade,
                target.label()));
        return ExitCode.DONE;
    }
}
