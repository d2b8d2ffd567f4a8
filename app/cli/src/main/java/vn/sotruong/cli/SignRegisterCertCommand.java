package vn.sotruong.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.signature.CertificateBinding;

/**
 * {@code sign register-cert F.cer [--for LOGIN]}: đăng ký chứng thư số của mình (a USB token's or a .p12's from a
 * Vietnamese CA); it waits for an account manager's {@code sign confirm-cert}. An account manager registering it for
 * someone confirms it at once.
 */
@Command(name = "register-cert")
final class SignRegisterCertCommand extends SignedInCommand {
    @Parameters(index = "0", paramLabel = "F.cer", descriptionKey = "trust.certFile")
    Path file;

    @Option(names = "--for", paramLabel = "LOGIN", descriptionKey = "sign.for")
    String login;

    SignRegisterCertCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        CliFiles.input(file);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        CertificateBinding b = session.services().signatures().trust().register(actor,
                login == null ? actor.login() : login, CliFiles.read(file));
        ctx.out().println(ctx.text(b.confirmed() ? "trust.registeredConfirmed" : "trust.registeredPending", b.login(),
                b.subject(), vn.sotruong.core.signature.TrustListService.grouped(b.fingerprint())));
        return ExitCode.DONE;
    }
}
