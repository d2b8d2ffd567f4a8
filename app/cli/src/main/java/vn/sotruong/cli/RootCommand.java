package vn.sotruong.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code sotruong}: the global options; every command below reaches them through {@link #of}. */
@Command(name = "sotruong", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        scope = ScopeType.INHERIT,
        subcommands = {DemoCommand.class, SchoolCommand.class, ClassCommand.class, UserCommand.class,
                BackupCommand.class, PupilsCommand.class, ScoresCommand.class, ResultsCommand.class,
                AuditCommand.class, LockCommand.class, YearCommand.class, ReviewCommand.class,
                AttendanceCommand.class, RegistersCommand.class, ServeCommand.class, LanCommand.class,
                SignCommand.class, CorrectionCommand.class, PdfCommand.class})
final class RootCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    // inherited, so "sotruong demo create --data DIR" works as well as "sotruong --data DIR demo create"
    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT)
    Path data;

    @Option(names = "--user", paramLabel = "NAME", scope = ScopeType.INHERIT)
    String user;

    /** Read before parsing (the help text's language depends on it); declared so picocli accepts it. */
    @Option(names = "--lang", paramLabel = "vi|en", scope = ScopeType.INHERIT)
    String lang;

    RootCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /** Without a command there is nothing to do from a script: show the usage and say so. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    static RootCommand of(CommandSpec spec) {
        return (RootCommand) spec.root().userObject();
    }

    CliContext context() {
        return ctx;
    }
}
