package vn.sotruong.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.gradebook.xlsx.ScoresXlsxTemplate;

/**
 * {@code scores template --class 7A --out F.xlsx [--filled]}: mẫu sổ điểm của lớp, with every sheet and header of
 * its rule set and the class list; {@code --filled} adds the values stored now.
 */
@Command(name = "template")
final class ScoresTemplateCommand extends SignedInCommand {
    @Mixin
    ClassOptions schoolClass;

    @Option(names = "--out", required = true, paramLabel = "F.xlsx")
    Path out;

    @Option(names = "--filled")
    boolean filled;

    ScoresTemplateCommand(CliContext ctx) {
        super(ctx);
    }

    private Path target;

    @Override
    protected void prepare(Passwords passwords) {
        target = CliFiles.output(out);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        var services = session.services();
        SchoolClass c = schoolClass.find(services, actor);
        int sheets = new ScoresXlsxTemplate(services.gradebook()).write(actor, c.id(), target, filled);
        ctx.out().println(ctx.text(filled ? "scores.templateFilledWritten" : "scores.templateWritten", c.name(), sheets,
                target));
        return ExitCode.DONE;
    }
}
