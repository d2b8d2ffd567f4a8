package vn.sotruong.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lan approve CODE} (or {@code --id N}): approves the waiting workstation whose screen shows the code. */
@Command(name = "approve")
final class LanApproveCommand extends LanAdminCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "CODE", descriptionKey = "lan.approve.code")
    String code;

    @Option(names = "--id", paramLabel = "N", descriptionKey = "lan.approve.id")
    Long id;

    LanApproveCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected String action() {
        if ((code == null) == (id == null)) {
            throw new UsageProblem("cli.usage.missing", "CODE | --id N");
        }
        return "approve";
    }

    @Override
    protected String code() {
        return code;
    }

    @Override
    protected Long id() {
        return id;
    }

    @Override
    protected String doneKey() {
        return "lan.approved";
    }
}
