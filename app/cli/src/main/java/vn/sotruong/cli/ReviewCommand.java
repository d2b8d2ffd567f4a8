package vn.sotruong.cli;

import picocli.CommandLine.Command;

@Command(name = "review", subcommands = {ReviewAnomaliesCommand.class, ReviewDistributionCommand.class,
        ReviewProgressCommand.class})
final class ReviewCommand extends CommandGroup {
}
