package vn.sotruong.cli;

import picocli.CommandLine.Command;

/** {@code registers}: sổ sách — print a book, check a printed one against the data, sign it, bind and
 * archive it. */
@Command(name = "registers", subcommands = {RegistersPrintCommand.class, RegistersVerifyCommand.class,
        RegistersSignCommand.class, RegistersKeepCommand.class, RegistersCatalogueCommand.class})
final class RegistersCommand extends CommandGroup {
}
