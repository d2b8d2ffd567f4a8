package vn.sotruong.cli;

import picocli.CommandLine.Command;

@Command(name = "pdf", subcommands = PdfVerifyCommand.class)
final class PdfCommand extends CommandGroup {
}
