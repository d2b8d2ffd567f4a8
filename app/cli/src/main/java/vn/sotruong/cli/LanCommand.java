package vn.sotruong.cli;

import picocli.CommandLine.Command;

/** {@code lan}: the workstations paired with this office PC. */
@Command(name = "lan", subcommands = {LanListCommand.class, LanApproveCommand.class, LanRevokeCommand.class,
        LanScheduleCommand.class})
final class LanCommand extends CommandGroup {
}
