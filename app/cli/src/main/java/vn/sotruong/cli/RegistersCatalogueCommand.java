package vn.sotruong.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.registers.CatalogueEntry;
import vn.sotruong.core.registers.RecordCatalogue;
import vn.sotruong.core.security.Actor;

/**
 * {@code registers catalogue [--year 2026-2027] [--out F.xlsx|F.pdf]}: danh mục hồ sơ of the year — every book the
 * school keeps (per class, teacher and subject, month; the school's) with its state (chưa in, bản nháp, đã in, đã
 * ký, đã đóng quyển, đã lưu trữ) and the out-of-date prints; one line a book, the counts, and the file if asked.
 */
@Command(name = "catalogue")
final class RegistersCatalogueCommand extends SignedInCommand {
    @Option(names = "--year", paramLabel = "2026-2027")
    String year;

    @Option(names = "--out", paramLabel = "F.xlsx|F.pdf")
    Path out;

    RegistersCatalogueCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        if (out != null) {
            out = CliFiles.output(out);
        }
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        if (out != null) {
            ReviewFiles.pdf(out); // .xlsx or .pdf, refused before anything is read or written
        }
        long yearId = Targets.year(session.services(), year).id();
        RecordCatalogue c = session.services().recordCatalogue().catalogue(actor, yearId);
        List<List<String>> rows = c.rows();
        for (int i = 0; i < rows.size(); i++) {
            CatalogueEntry e = c.entries().get(i);
            List<String> r = rows.get(i);
            String print = e.print() == null ? "" : ctx.text("registers.catalogue.print", r.get(4), r.get(5));
            ctx.out().println(ctx.text("registers.catalogue.line", r.get(0), r.get(1), r.get(2),
                    ctx.text("registers.state." + e.state().name()), print,
                    e.outOfDate() ? ctx.text("registers.catalogue.outOfDate") : ""));
        }
        ctx.out().println(ctx.text("registers.catalogue.total", c.yearLabel(), c.entries().size(),
                c.counts().get(vn.sotruong.core.registers.RecordState.NOT_PRINTED), c.outOfDate()));
        if (out != null) {
            RecordCatalogueFiles.save(c, out);
            ctx.out().println(ctx.text("registers.catalogue.written", out.toString()));
        }
        return ExitCode.DONE;
    }
}
