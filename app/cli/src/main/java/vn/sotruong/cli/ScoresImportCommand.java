package vn.sotruong.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.gradebook.xlsx.ScoresImportResult;
import vn.sotruong.data.gradebook.xlsx.ScoresIssue;
import vn.sotruong.data.gradebook.xlsx.ScoresXlsxImporter;

/**
 * {@code scores import --class 7A --file F.xlsx}: nhập điểm, nhận xét, rèn luyện từ Excel. All or nothing: on
 * any error the report goes to stderr, cell by cell, and the exit code is 3 with nothing stored. Blank cells
 * leave what is stored as it is.
 */
@Command(name = "import")
final class ScoresImportCommand extends SignedInCommand {
    @Mixin
    ClassOptions schoolClass;

    @Option(names = "--file", required = true, paramLabel = "F.xlsx")
    Path file;

    ScoresImportCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        CliFiles.input(file);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        var services = session.services();
        SchoolClass c = schoolClass.find(services, actor);
        ScoresImportResult r = new ScoresXlsxImporter(services.gradebook()).importFile(actor, c.id(), file);
        r.issues().forEach(this::report);
        if (r.refused()) {
            ctx.err().println(ctx.text("scores.import.refused", r.errors()));
            return ExitCode.REFUSED;
        }
        ctx.out().println(ctx.text("scores.imported", c.name(), r.changed(), r.sheets()));
        return ExitCode.DONE;
    }

    /** "TOAN, dòng 3, cột “HK1 TX1” (“11”): …" — where, the cell's text, then why in the user's language. */
    private void report(ScoresIssue i) {
        String where = i.sheet() == null ? null
                : i.row() == 0 ? i.sheet()
                : i.column() == null ? ctx.text("scores.import.atRow", i.sheet(), i.row())
                : i.value() == null || i.value().isEmpty() ? ctx.text("scores.import.atCell", i.sheet(), i.row(), i.column())
                : ctx.text("scores.import.atCellValue", i.sheet(), i.row(), i.column(), i.value());
        String why = ctx.explain(new DomainException(i.code(), i.args().toArray()));
        String key = i.isError() ? "scores.import.error" : "scores.import.warning";
        ctx.err().println(where == null ? ctx.text(key + "InFile", why) : ctx.text(key, where, why));
    }
}
