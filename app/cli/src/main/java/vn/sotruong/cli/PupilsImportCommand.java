package vn.sotruong.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.ImportIssue;
import vn.sotruong.core.pupil.PupilImportResult;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.pupil.PupilSheet;
import vn.sotruong.data.pupil.PupilXlsxImporter;

/**
 * {@code pupils import --class 7A --file F.xlsx}: nhập danh sách học sinh. All or nothing: on any
 * error the report goes to stderr, row by row, and the exit code is 3 with nothing stored.
 */
@Command(name = "import")
final class PupilsImportCommand extends SignedInCommand {
    @Mixin
    ClassOptions schoolClass;

    @Option(names = "--file", required = true, paramLabel = "F.xlsx")
    Path file;

    PupilsImportCommand(CliContext ctx) {
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
        PupilSheet sheet = new PupilXlsxImporter().read(file);
        List<ImportIssue> issues = new ArrayList<>(sheet.issues());
        int imported = 0;
        if (!sheet.hasErrors()) {
            PupilImportResult r = services.pupils().importPupils(actor, c.id(), sheet.rows());
            issues.addAll(r.issues());
            imported = r.imported();
        }
        issues.forEach(this::report);
        if (issues.stream().anyMatch(ImportIssue::isError)) {
            ctx.err().println(ctx.text("pupils.import.refused", issues.stream().filter(ImportIssue::isError).count()));
            return ExitCode.REFUSED;
        }
        ctx.out().println(ctx.text("pupils.imported", imported, c.name()));
        return ExitCode.DONE;
    }

    /** "HOCSINH, dòng 3, cột Ngày sinh: …" — where, then why in the user's language. */
    private void report(ImportIssue i) {
        String where = i.row() == 0 ? i.sheet()
                : i.column() == null ? ctx.text("pupils.import.atRow", i.sheet(), i.row())
                : ctx.text("pupils.import.atCell", i.sheet(), i.row(), i.column());
        Object[] args = i.value() == null ? new Object[0] : new Object[] {i.value()};
        String why = ctx.explain(new DomainException(i.code(), args));
        ctx.err().println(ctx.text(i.isError() ? "pupils.import.error" : "pupils.import.warning", where, why));
    }
}
