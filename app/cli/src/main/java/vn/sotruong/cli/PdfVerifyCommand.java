package vn.sotruong.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.signature.PdfCheck;
import vn.sotruong.core.signature.PdfSignatureCheck;

/**
 * {@code pdf verify F.pdf}: kiểm tra chữ ký số — one line per signature (who, when, why, intact, trusted) and its
 * certificate chain with the trust list it ends in (the school's CA or an imported root); exit 0 when every signature is intact, issued by the school and the file unchanged since the last;
 * 3 otherwise; a missing file is exit 2.
 */
@Command(name = "verify")
final class PdfVerifyCommand extends SignedInCommand {
    @Parameters(index = "0", paramLabel = "F.pdf", descriptionKey = "pdf.file")
    Path file;

    PdfVerifyCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        CliFiles.input(file);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        byte[] pdf = CliFiles.read(file);
        PdfCheck check = CorrectionCommand.signing(session.services()).verify(pdf);
        if (!check.readable()) {
            ctx.err().println(ctx.label("pdf.unreadable"));
            return ExitCode.REFUSED;
        }
        int n = 0;
        for (PdfSignatureCheck c : check.signatures()) {
            n++;
            ctx.out().println(ctx.text("pdf.signature", n, c.signerName(),
                    c.signedAt() == null ? "?" : BackupVerifyCommand.SHOWN.format(c.signedAt()),
                    c.reason() == null ? "" : c.reason(), ctx.text(c.intact() ? "pdf.intact" : "pdf.broken"),
                    ctx.text(c.trusted() ? "pdf.trusted" : "pdf.untrusted"), c.serial()));
            if (c.trusted()) {
                ctx.out().println(ctx.text("pdf.chain", String.join(" ← ", c.chain()),
                        ctx.text("pdf.list." + c.trustedBy().name())));
            }
        }
        if (check.valid()) {
            ctx.out().println(ctx.text("pdf.valid", check.signatures().size()));
            return ExitCode.DONE;
        }
        ctx.err().println(ctx.text(check.signatures().isEmpty() ? "pdf.unsigned"
                : check.unchangedSinceSigning() ? "pdf.notSchool" : "pdf.changed", file.toString()));
        return ExitCode.REFUSED;
    }
}
