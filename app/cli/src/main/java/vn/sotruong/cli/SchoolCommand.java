package vn.sotruong.cli;

import picocli.CommandLine.Command;

@Command(name = "school", subcommands = SchoolInitCommand.class)
final class SchoolCommand extends CommandGroup {
}
