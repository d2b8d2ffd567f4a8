package vn.sotruong.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lan revoke N}: the workstation is refused from its next call on. */
@Command(name = "revoke")
final class LanRevokeCommand extends LanAdminCommand {
    @Parameters(index = "0", paramLabel = "N", descriptionKey = "lan.revoke.id")
    long id;

    LanRevokeCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected String action() {
        return "revoke";
    }

    @Override
    protected Long id() {
        return id;
    }

    @Override
    protected String doneKey() {
        return "lan.revokedDone";
    }
}
