package vn.sotruong.cli;

import picocli.CommandLine.Command;

@Command(name = "ca", subcommands = SignCaInitCommand.class)
final class SignCaCommand extends CommandGroup {
}
