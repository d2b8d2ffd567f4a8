package vn.sotruong.cli;

import picocli.CommandLine.Command;

@Command(name = "year", subcommands = YearRolloverCommand.class)
final class YearCommand extends CommandGroup {
}
