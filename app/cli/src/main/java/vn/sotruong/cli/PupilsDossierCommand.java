package vn.sotruong.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.security.Actor;

/**
 * {@code pupils dossier --pupil CODE --out DIR}: hồ sơ chuyển trường of a pupil who transferred out, written into
 * DIR as {@code ho-so-chuyen-truong-CODE.pdf} and {@code .xlsx}. A pupil who has not transferred out is refused.
 */
@Command(name = "dossier")
final class PupilsDossierCommand extends SignedInCommand {
    @Option(names = "--pupil", required = true, paramLabel = "CODE")
    String pupil;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    PupilsDossierCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        if (!Files.isDirectory(out)) {
            throw new UsageProblem("cli.folderNotFound", out.toAbsolutePath().toString());
        }
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        var dossiers = session.services().dossiers();
        long id = dossiers.pupilId(actor, pupil);
        List<Path> files = dossiers.export(actor, id, out, DossierFormats.writers());
        for (Path f : files) {
            ctx.out().println(ctx.text("pupils.dossierWritten", f));
        }
        return ExitCode.DONE;
    }
}
