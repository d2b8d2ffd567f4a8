package vn.sotruong.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A word that only groups commands ({@code demo}, {@code user}…): alone it is a usage error. */
abstract class CommandGroup implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new UsageProblem("cli.usage.subcommandMissing", spec.qualifiedName());
    }
}
