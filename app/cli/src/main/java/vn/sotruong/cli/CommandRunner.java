package vn.sotruong.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.sotruong.core.common.DomainException;

/** Parses and runs one command line with picocli and turns every outcome into the promised exit code. */
final class CommandRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

    private final CliContext ctx;

    CommandRunner(CliContext ctx) {
        this.ctx = ctx;
    }

    int run(String[] args) {
        CommandLine cl = new CommandLine(new RootCommand(ctx), new CommandFactory(ctx));
        cl.setResourceBundle(ctx.texts());
        cl.setOut(writer(ctx.out()));
        cl.setErr(writer(ctx.err()));
        cl.setParameterExceptionHandler((e, a) -> usage(e));
        cl.setExecutionExceptionHandler((e, command, parsed) -> failure(e));
        int code = cl.execute(args);
        ctx.out().flush();
        ctx.err().flush();
        return code;
    }

    private int failure(Exception e) {
        return switch (e) {
            case DomainException d -> {
                ctx.err().println(ctx.explain(d));
                yield ExitCode.REFUSED;
            }
            case UsageProblem u -> {
                ctx.err().println(ctx.text(u.key(), u.args()));
                yield ExitCode.USAGE;
            }
            case ParameterException p -> usage(p);
            default -> {
                LOG.error("Command failed", e);
                ctx.err().println(ctx.text("cli.unexpected", String.valueOf(e)));
                yield ExitCode.FAILED;
            }
        };
    }

    /** Picocli's own sentences are English; say what is wrong in the user's language and where to look. */
    private int usage(ParameterException e) {
        String message = switch (e) {
            case UnmatchedArgumentException u -> ctx.text("cli.usage.unknown", String.join(" ", u.getUnmatched()));
            case MissingParameterException m -> ctx.text("cli.usage.missing", m.getMissing().stream()
                    .map(arg -> arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel())
                    .collect(Collectors.joining(", ")));
            default -> ctx.text("cli.usage.invalid", e.getMessage());
        };
        ctx.err().println(message);
        ctx.err().println(ctx.text("cli.usage.seeHelp", e.getCommandLine().getCommandSpec().qualifiedName()));
        return ExitCode.USAGE;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
    }
}
