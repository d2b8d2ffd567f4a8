package vn.sotruong.cli;

import picocli.CommandLine.Command;

/** {@code lan schedule}: lịch phòng máy — when workstations may sign in. */
@Command(name = "schedule", subcommands = {LanScheduleListCommand.class, LanScheduleSetCommand.class,
        LanScheduleClearCommand.class})
final class LanScheduleCommand extends CommandGroup {
}
