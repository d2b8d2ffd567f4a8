package vn.sotruong.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.registers.BookSignature;
import vn.sotruong.core.registers.BookSigningService;
import vn.sotruong.core.security.Actor;
import vn.sotruong.reports.JasperRegisterPrinter;
import vn.sotruong.reports.PadesSigner;

/**
 * {@code registers sign --print N [--out F.pdf]}: Hiệu trưởng ký số sổ in số N with their own key (password from
 * {@code SOTRUONG_KEY_PASSWORD}, else typed); the signed PDF is kept in the store and, with {@code --out}, written.
 */
@Command(name = "sign")
final class RegistersSignCommand extends SignedInCommand {
    @Option(names = "--print", required = true, paramLabel = "N", descriptionKey = "registers.print")
    long print;

    @Option(names = "--out", paramLabel = "F.pdf", descriptionKey = "registers.signedOut")
    Path out;

    private char[] keyPassword;

    RegistersSignCommand(CliContext ctx) {
        super(ctx);
    }

    static BookSigningService signing(vn.sotruong.core.app.CoreServices services) {
        return services.bookSigning(new JasperRegisterPrinter(), new PadesSigner());
    }

    @Override
    protected void prepare(Passwords passwords) {
        if (out != null) {
            out = CliFiles.output(out);
        }
        keyPassword = passwords.key(false);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        BookSigningService signing = signing(session.services());
        BookSignature s = signing.sign(actor, print, keyPassword);
        ctx.out().println(ctx.text("registers.signed", s.ledgerId(), s.certSerial(), s.sha256().substring(0, 12)));
        if (out != null) {
            CliFiles.write(out, signing.signedPdf(actor, s.ledgerId()));
            ctx.out().println(ctx.text("registers.signedWritten", out.toString()));
        }
        return ExitCode.DONE;
    }
}
