package vn.sotruong.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.school.School;
import vn.sotruong.core.school.SchoolInit;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.year.SchoolYear;

/**
 * {@code school init}: an empty school with the 2018 programme's subjects, the year's calendar and
 * its first administrator, whose password comes from {@code SOTRUONG_PASSWORD}.
 */
@Command(name = "init")
final class SchoolInitCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, paramLabel = "NAME")
    String name;

    @Option(names = "--level", required = true, paramLabel = "thcs|tieuhoc", converter = LevelConverter.class)
    SchoolLevel level;

    @Option(names = "--year", required = true, paramLabel = "2025-2026")
    String year;

    @Option(names = "--admin", required = true, paramLabel = "USER")
    String admin;

    @Option(names = "--admin-name", paramLabel = "NAME")
    String adminName;

    @Option(names = "--moet-code", paramLabel = "CODE")
    String moetCode;

    @Option(names = "--province", paramLabel = "NAME")
    String province;

    @Option(names = "--district", paramLabel = "NAME")
    String district;

    @Option(names = "--principal", paramLabel = "NAME")
    String principal;

    /** Leave the school's certificate authority for later ({@code sign ca init}). */
    @Option(names = "--no-ca")
    boolean noCa;

    SchoolInitCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        int startYear = SchoolYear.parseLabel(year).orElseThrow(() -> new DomainException("year.labelInvalid"));
        char[] password = new Passwords(ctx).chosen(Passwords.PASSWORD);
        String fullName = adminName != null ? adminName : ctx.text("school.defaultAdminName");
        try (StoreSession session = StoreSession.open(RootCommand.of(spec))) {
            SchoolInit init = new SchoolInit(new School(name, moetCode, province, district, level, principal, false),
                    startYear, admin, fullName, password);
            java.util.Optional<java.security.cert.X509Certificate> ca = noCa ? java.util.Optional.empty()
                    : vn.sotruong.core.app.SchoolFounding.found(session.services(), init, "cli");
            if (noCa) {
                session.services().setup().initialise(init);
            }
            School created = session.services().setup().school();
            ctx.out().println(ctx.text("school.created", created.name(), SchoolYear.label(startYear),
                    admin.strip().toLowerCase(java.util.Locale.ROOT)));
            ca.ifPresent(root -> ctx.out().println(ctx.text("sign.caCreated",
                    vn.sotruong.core.signature.Certificates.commonName(root),
                    vn.sotruong.core.signature.Certificates.serial(root),
                    BackupVerifyCommand.SHOWN.format(root.getNotAfter().toInstant()))));
            return ExitCode.DONE;
        }
    }
}
