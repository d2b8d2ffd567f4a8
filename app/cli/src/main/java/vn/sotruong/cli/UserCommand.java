package vn.sotruong.cli;

import picocli.CommandLine.Command;

@Command(name = "user", subcommands = {UserAddCommand.class, UserPasswdCommand.class})
final class UserCommand extends CommandGroup {
}
