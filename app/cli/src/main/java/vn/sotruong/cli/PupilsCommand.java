package vn.sotruong.cli;

import picocli.CommandLine.Command;

/** {@code pupils}: học sinh — the pupil-list import and its template, the transfer dossier. */
@Command(name = "pupils", subcommands = {PupilsImportCommand.class, PupilsTemplateCommand.class, PupilsDossierCommand.class})
final class PupilsCommand extends CommandGroup {
}
