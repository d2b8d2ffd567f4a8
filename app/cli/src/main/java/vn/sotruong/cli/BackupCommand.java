package vn.sotruong.cli;

import picocli.CommandLine.Command;

@Command(name = "backup", subcommands = {BackupCreateCommand.class, BackupVerifyCommand.class,
        BackupRestoreCommand.class, BackupDrillCommand.class})
final class BackupCommand extends CommandGroup {
}
