package vn.sotruong.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.gradebook.xlsx.ResultsXlsxExporter;

/** {@code results export --class 7A --out F.xlsx}: xuất kết quả học kì và cả năm as computed now (sheet KETQUA). */
@Command(name = "export")
final class ResultsExportCommand extends SignedInCommand {
    @Mixin
    ClassOptions schoolClass;

    @Option(names = "--out", required = true, paramLabel = "F.xlsx")
    Path out;

    ResultsExportCommand(CliContext ctx) {
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
        int pupils = new ResultsXlsxExporter(services.gradebook(), services.results()).export(actor, c.id(), target);
        ctx.out().println(ctx.text("results.exported", c.name(), pupils, target));
        return ExitCode.DONE;
    }
}
