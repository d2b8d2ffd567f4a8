package vn.sotruong.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.review.Distribution;
import vn.sotruong.core.review.Measure;
import vn.sotruong.core.review.ReviewSheet;
import vn.sotruong.core.review.ReviewSheets;
import vn.sotruong.core.review.Selection;
import vn.sotruong.core.security.Account;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;

/**
 * {@code review distribution --measure HK1.TB [--subject TOAN] [--grade 7] [--class 7A] [--teacher LOGIN]
 * [--out F.xlsx|F.pdf]}: phổ điểm of a column or average over the selection beside the school's, one statistic a
 * line (name, selection, school); with {@code --out} saved for the monthly meeting.
 */
@Command(name = "distribution")
final class ReviewDistributionCommand extends SignedInCommand {
    @Option(names = "--measure", required = true, paramLabel = "HK1.TB")
    String measure;

    @Option(names = "--subject", paramLabel = "TOAN")
    String subject;

    @Option(names = "--grade", paramLabel = "7")
    Integer grade;

    @Option(names = "--class", paramLabel = "7A")
    String className;

    @Option(names = "--teacher", paramLabel = "LOGIN")
    String teacher;

    @Option(names = "--year", paramLabel = "2026-2027")
    String year;

    @Option(names = "--out", paramLabel = "F.xlsx")
    Path out;

    private Path target;

    ReviewDistributionCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        if (out != null) {
            target = CliFiles.output(out);
            ReviewFiles.pdf(target);
        }
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        var services = session.services();
        Measure m = new Measure(measure);
        SchoolYear y = Targets.year(services, year);
        String code = subject == null ? null : subject.strip().toUpperCase(java.util.Locale.ROOT);
        SchoolClass c = className == null ? null : Targets.schoolClass(services, actor, y, className);
        Account t = teacher == null ? null : services.accounts().findByLogin(actor, teacher)
                .orElseThrow(() -> new DomainException("account.notFound"));
        Selection sel = new Selection(grade, c == null ? null : c.id(), code, t == null ? null : t.staffId());
        Selection school = Selection.subject(code);
        List<Distribution> d = services.review().distributions(actor, y.id(), List.of(sel, school), m);
        Messages msg = new Messages(ctx.locale());
        ReviewSheets sheets = new ReviewSheets(msg);
        ReviewSheet sheet = sheets.distribution(m, sheets.describe(sel, c == null ? null : c.name(),
                t == null ? null : t.fullName()), d.get(0), d.get(1));
        for (List<Object> row : sheet.tables().getFirst().rows()) {
            List<String> cells = new ArrayList<>();
            row.forEach(v -> cells.add(v == null ? "—" : v.toString()));
            ctx.out().println(String.join("\t", cells));
        }
        if (target != null) {
            LocalDate today = ctx.clock().instant().atZone(EntryProgressService.SCHOOL_ZONE).toLocalDate();
            ReviewFiles.save(sheet, target, services.setup().school().name(), today, ctx.locale());
            ctx.out().println(ctx.text("review.saved", d.get(0).count(), target));
        }
        return ExitCode.DONE;
    }
}
