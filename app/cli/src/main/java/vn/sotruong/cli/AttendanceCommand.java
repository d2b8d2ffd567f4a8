package vn.sotruong.cli;

import picocli.CommandLine.Command;

/** {@code attendance}: điểm danh — the DIEMDANH import. */
@Command(name = "attendance", subcommands = {AttendanceImportCommand.class})
final class AttendanceCommand extends CommandGroup {
}
