package vn.sotruong.cli;

import picocli.CommandLine.Command;

@Command(name = "class", subcommands = ClassAddCommand.class)
final class ClassCommand extends CommandGroup {
}
