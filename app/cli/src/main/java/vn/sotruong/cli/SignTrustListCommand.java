package vn.sotruong.cli;

import picocli.CommandLine.Command;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.signature.CertificateBinding;
import vn.sotruong.core.signature.TrustListService;
import vn.sotruong.core.signature.TrustedRoot;

/** {@code sign trust list}: the imported roots, then the registered certificates the reader may see. */
@Command(name = "list")
final class SignTrustListCommand extends SignedInCommand {
    SignTrustListCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        TrustListService trust = session.services().signatures().trust();
        ctx.out().println(ctx.text("trust.roots", trust.roots().size()));
        for (TrustedRoot r : trust.roots()) {
            ctx.out().println(ctx.text("trust.root", r.subject(), TrustListService.grouped(r.fingerprint()),
                    BackupVerifyCommand.SHOWN.format(r.notAfter()), r.addedBy()));
        }
        ctx.out().println(ctx.text("trust.bindings", trust.bindings(actor).size()));
        for (CertificateBinding b : trust.bindings(actor)) {
            ctx.out().println(ctx.text("trust.binding", b.login(), b.subject(),
                    TrustListService.grouped(b.fingerprint()), ctx.text(b.confirmed() ? "trust.confirmed" : "trust.pending")));
        }
        return ExitCode.DONE;
    }
}
