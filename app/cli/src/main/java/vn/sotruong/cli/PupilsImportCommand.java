package vn.sotruong.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.ImportIssue;
import vn.sotruong.core.pupil.PupilImportResult;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.pupil.PupilSheet;
import vn.sotruong.data.pupil.PupilXlsxImporter;

/** {@code pupils import --class 7A --file F.xlsx}: nhập danh sách học sinh (sheet HOCSINH), all or nothing. */
@Command(name = "import")
final class PupilsImportCommand extends ClassImportCommand {
    PupilsImportCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected Outcome importInto(CoreServices services, Actor actor, SchoolClass c, Path workbook) {
        PupilSheet sheet = new PupilXlsxImporter().read(workbook);
        List<ImportIssue> issues = new ArrayList<>(sheet.issues());
        if (sheet.hasErrors()) {
            return new Outcome(issues, null);
        }
        PupilImportResult r = services.pupils().importPupils(actor, c.id(), sheet.rows());
        issues.addAll(r.issues());
        return new Outcome(issues, ctx.text("pupils.imported", r.imported(), c.name()));
    }

    @Override
    protected String refusedKey() {
        return "pupils.import.refused";
    }
}
