package vn.sotruong.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.signature.TrustListService;
import vn.sotruong.core.signature.TrustedRoot;

/**
 * {@code sign trust add F.cer [--yes]}: thêm chứng thư gốc tin cậy (.cer/.crt, DER or PEM; SCHOOL_SETUP). Without
 * {@code --yes} it only shows the certificate and its SHA-256 fingerprint, to compare with the one the CA publishes,
 * and changes nothing (exit 3).
 */
@Command(name = "add")
final class SignTrustAddCommand extends SignedInCommand {
    @Parameters(index = "0", paramLabel = "F.cer", descriptionKey = "trust.file")
    Path file;

    @Option(names = "--yes", descriptionKey = "trust.yes")
    boolean yes;

    SignTrustAddCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        CliFiles.input(file);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        TrustListService trust = session.services().signatures().trust();
        byte[] content = CliFiles.read(file);
        TrustedRoot seen = trust.preview(content);
        ctx.out().println(ctx.text("trust.shown", seen.subject(), vn.sotruong.core.signature.TrustListService.grouped(seen.fingerprint()),
                BackupVerifyCommand.SHOWN.format(seen.notAfter())));
        if (!yes) {
            ctx.err().println(ctx.text("trust.confirmFirst"));
            return ExitCode.REFUSED;
        }
        trust.add(actor, content);
        ctx.out().println(ctx.text("trust.added"));
        return ExitCode.DONE;
    }
}
