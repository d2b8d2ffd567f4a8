package vn.sotruong.cli;

import picocli.CommandLine.Command;

/** {@code lan list}: every workstation that asked to pair, one a line: number, state, code, name, address, when. */
@Command(name = "list")
final class LanListCommand extends LanAdminCommand {
    LanListCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected String action() {
        return "list";
    }
}
