package vn.sotruong.cli;

import picocli.CommandLine.Command;

@Command(name = "lock", subcommands = {LockSetCommand.class, LockOpenCommand.class, LockListCommand.class})
final class LockCommand extends CommandGroup {
}
