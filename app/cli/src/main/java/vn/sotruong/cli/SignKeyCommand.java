package vn.sotruong.cli;

import picocli.CommandLine.Command;

@Command(name = "key", subcommands = {SignKeyIssueCommand.class, SignKeyExportCommand.class, SignKeyImportCommand.class})
final class SignKeyCommand extends CommandGroup {
}
