package vn.sotruong.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.Verification;
import vn.sotruong.core.security.Actor;
import vn.sotruong.reports.JasperRegisterPrinter;

/**
 * {@code registers verify F.pdf}: does a printed book still match the data? Exit 0 it matches; 3 the data
 * changed since it was printed (the parts to reprint and re-sign are listed); 1 the file is not a book printed
 * from this store, or 3 also when the book was signed and the file is neither the printed nor the signed copy.
 */
@Command(name = "verify")
final class RegistersVerifyCommand extends SignedInCommand {
    /** Parts listed at most; the rest are counted. */
    static final int SHOWN_PARTS = 40;

    @Parameters(index = "0", paramLabel = "F.pdf", descriptionKey = "registers.file")
    Path file;

    RegistersVerifyCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        if (!Files.isRegularFile(file)) {
            throw new UsageProblem("cli.fileNotFound", file.toString());
        }
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        Verification v = session.services().registers(new JasperRegisterPrinter()).verify(actor, file);
        if (v.status() == Verification.Status.NOT_OURS) {
            ctx.err().println(ctx.text("registers.notOurs", file.toString()));
            return ExitCode.FAILED;
        }
        PrintRecord p = v.print();
        String printed = BackupVerifyCommand.SHOWN.format(p.printedAt());
        Object[] what = {p.id(), p.request().register().code(), p.request().scope().text(), printed, p.printedBy(),
                p.pages()};
        if (v.signedAndAltered()) {
            ctx.err().println(ctx.text("registers.signedAltered", file.toString(), p.id()));
            return ExitCode.REFUSED;
        }
        if (!v.fileUnchanged()) {
            ctx.err().println(ctx.text("registers.fileChanged", file.toString()));
        }
        if (v.signedCopy()) {
            boolean valid = RegistersSignCommand.signing(session.services()).verify(CliFiles.read(file)).valid();
            ctx.out().println(ctx.text(valid ? "registers.signedCopy" : "registers.signedCopyInvalid",
                    v.signature().login(), BackupVerifyCommand.SHOWN.format(v.signature().signedAt())));
            if (!valid) {
                return ExitCode.REFUSED;
            }
        }
        if (v.status() == Verification.Status.MATCH) {
            ctx.out().println(ctx.text("registers.matches", what));
            return ExitCode.DONE;
        }
        ctx.out().println(ctx.text("registers.stale", what));
        List<String> changed = v.changed();
        changed.stream().limit(SHOWN_PARTS).forEach(part -> ctx.out().println("  - " + part));
        if (changed.size() > SHOWN_PARTS) {
            ctx.out().println(ctx.text("registers.staleMore", changed.size() - SHOWN_PARTS));
        }
        return ExitCode.REFUSED;
    }
}
