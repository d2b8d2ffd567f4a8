package vn.sotruong.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.ImportIssue;
import vn.sotruong.core.security.Actor;

/**
 * {@code … import --class 7A --file F.xlsx [--year 2026-2027]}: an all-or-nothing import of a workbook
 * into one class. The report goes to stderr, row by row; any error means exit 3 with nothing stored.
 */
abstract class ClassImportCommand extends SignedInCommand {
    /** The import's report, and the sentence to print on stdout when it stored something. */
    protected record Outcome(List<ImportIssue> issues, String done) {
    }

    @Mixin
    ClassOptions schoolClass;

    @Option(names = "--file", required = true, paramLabel = "F.xlsx")
    Path file;

    ClassImportCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected final void prepare(Passwords passwords) {
        CliFiles.input(file);
    }

    @Override
    protected final int run(StoreSession session, Actor actor, char[] password) {
        CoreServices services = session.services();
        SchoolClass c = schoolClass.find(services, actor);
        Outcome outcome = importInto(services, actor, c, file);
        boolean refused = ImportReport.print(ctx, outcome.issues());
        if (refused) {
            ctx.err().println(ctx.text(refusedKey(), ImportReport.errors(outcome.issues())));
            return ExitCode.REFUSED;
        }
        ctx.out().println(outcome.done());
        return ExitCode.DONE;
    }

    /** Reads the file and imports it into the class; the file's own problems count as the report's. */
    protected abstract Outcome importInto(CoreServices services, Actor actor, SchoolClass c, Path workbook);

    /** The sentence that says nothing was imported, with the number of errors as {0}. */
    protected abstract String refusedKey();
}
