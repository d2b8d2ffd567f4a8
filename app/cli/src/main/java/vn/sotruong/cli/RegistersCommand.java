package vn.sotruong.cli;

import picocli.CommandLine.Command;

/** {@code registers}: sổ sách — print a book, check a printed one against the data. */
@Command(name = "registers", subcommands = {RegistersPrintCommand.class, RegistersVerifyCommand.class})
final class RegistersCommand extends CommandGroup {
}
