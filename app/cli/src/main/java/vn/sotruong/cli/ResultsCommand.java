package vn.sotruong.cli;

import picocli.CommandLine.Command;

/** {@code results}: kết quả — export a class's results, the principal's approval. */
@Command(name = "results", subcommands = {ResultsExportCommand.class, ResultsApproveCommand.class})
final class ResultsCommand extends CommandGroup {
}
