package vn.sotruong.cli;

import picocli.CommandLine.Command;

@Command(name = "review", subcommands = ReviewAnomaliesCommand.class)
final class ReviewCommand extends CommandGroup {
}
