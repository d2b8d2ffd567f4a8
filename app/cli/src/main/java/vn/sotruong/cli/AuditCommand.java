package vn.sotruong.cli;

import picocli.CommandLine.Command;

@Command(name = "audit", subcommands = {AuditVerifyCommand.class, AuditCheckpointCommand.class})
final class AuditCommand extends CommandGroup {
}
