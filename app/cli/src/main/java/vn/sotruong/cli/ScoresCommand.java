package vn.sotruong.cli;

import picocli.CommandLine.Command;

/** {@code scores}: sổ điểm — the class workbook import and its template. */
@Command(name = "scores", subcommands = {ScoresImportCommand.class, ScoresTemplateCommand.class})
final class ScoresCommand extends CommandGroup {
}
