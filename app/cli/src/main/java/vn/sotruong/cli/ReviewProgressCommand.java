package vn.sotruong.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.core.deadline.ProgressFilter;
import vn.sotruong.core.deadline.ProgressLine;
import vn.sotruong.core.deadline.ProgressStatus;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.review.ReviewSheet;
import vn.sotruong.core.review.ReviewSheets;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;

/**
 * {@code review progress [--class 7A] [--subject TOAN] [--status LATE] [--out F.xlsx]}: tiến độ nhập điểm for the
 * monthly check, one line per column of a class's sheet (class, sheet, column, teacher, due, expected, entered,
 * late, missing, status); a department head sees their department's teachers.
 */
@Command(name = "progress")
final class ReviewProgressCommand extends SignedInCommand {
    @Option(names = "--class", paramLabel = "7A")
    String className;

    @Option(names = "--subject", paramLabel = "TOAN")
    String subject;

    @Option(names = "--status", paramLabel = "LATE|DUE_SOON|OPEN|DONE|DONE_LATE")
    String status;

    @Option(names = "--year", paramLabel = "2026-2027")
    String year;

    @Option(names = "--out", paramLabel = "F.xlsx")
    Path out;

    private Path target;

    ReviewProgressCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        status();
        if (out != null) {
            target = CliFiles.output(out);
            if (ReviewFiles.pdf(target)) {
                throw new DomainException("review.export.unknownFormat", String.valueOf(target.getFileName()));
            }
        }
    }

    private Set<ProgressStatus> status() {
        if (status == null) {
            return Set.of();
        }
        try {
            return Set.of(ProgressStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new UsageProblem("cli.statusInvalid", status);
        }
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        var services = session.services();
        SchoolYear y = Targets.year(services, year);
        Long classId = className == null ? null : Targets.schoolClass(services, actor, y, className).id();
        LocalDate today = ctx.clock().instant().atZone(EntryProgressService.SCHOOL_ZONE).toLocalDate();
        ProgressFilter filter = new ProgressFilter(classId, null, subject, status());
        List<ProgressLine> lines = services.progress().yearProgress(actor, y.id(), today).stream()
                .filter(filter::test).toList();
        Map<Long, String> names = new HashMap<>();
        services.organisation().staff(actor).forEach(s -> names.put(s.id(), s.fullName()));
        ReviewSheet sheet = new ReviewSheets(new Messages(ctx.locale())).progress(y.label(), lines, names);
        for (List<Object> row : sheet.tables().getFirst().rows()) {
            ctx.out().println(String.join("\t", row.stream().map(v -> v == null ? "" : v.toString()).toList()));
        }
        if (target != null) {
            ReviewFiles.save(sheet, target, services.setup().school().name(), today, ctx.locale());
            ctx.out().println(ctx.text("review.saved", lines.size(), target));
        }
        return ExitCode.DONE;
    }
}
