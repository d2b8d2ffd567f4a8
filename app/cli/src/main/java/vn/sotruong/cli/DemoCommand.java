package vn.sotruong.cli;

import picocli.CommandLine.Command;

@Command(name = "demo", subcommands = DemoCreateCommand.class)
final class DemoCommand extends CommandGroup {
}
