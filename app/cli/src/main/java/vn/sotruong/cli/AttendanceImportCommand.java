package vn.sotruong.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.attendance.AttendanceImportResult;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.ImportIssue;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.attendance.AttendanceSheet;
import vn.sotruong.data.attendance.AttendanceXlsxImporter;

/**
 * {@code attendance import --class 7A --file F.xlsx}: nhập điểm danh (sheet DIEMDANH). Each day and
 * session the file names is replaced by the file's rows for it; all or nothing.
 */
@Command(name = "import")
final class AttendanceImportCommand extends ClassImportCommand {
    AttendanceImportCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected Outcome importInto(CoreServices services, Actor actor, SchoolClass c, Path workbook) {
        AttendanceSheet sheet = new AttendanceXlsxImporter().read(workbook);
        List<ImportIssue> issues = new ArrayList<>(sheet.issues());
        if (sheet.hasErrors()) {
            return new Outcome(issues, null);
        }
        AttendanceImportResult r = services.attendance().importMarks(actor, c.id(), sheet.rows());
        issues.addAll(r.issues());
        return new Outcome(issues, ctx.text("attendance.imported", r.marks(), r.days(), c.name()));
    }

    @Override
    protected String refusedKey() {
        return "attendance.import.refused";
    }
}
