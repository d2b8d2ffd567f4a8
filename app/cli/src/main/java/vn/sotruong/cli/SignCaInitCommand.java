package vn.sotruong.cli;

import java.security.cert.X509Certificate;
import picocli.CommandLine.Command;
import vn.sotruong.core.signature.Certificates;
import vn.sotruong.core.security.Actor;

/** {@code sign ca init}: tạo tổ chức cấp chứng thư số của trường (once; SCHOOL_SETUP). */
@Command(name = "init")
final class SignCaInitCommand extends SignedInCommand {
    SignCaInitCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        X509Certificate root = session.services().signatures().createAuthority(actor);
        ctx.out().println(ctx.text("sign.caCreated", Certificates.commonName(root), Certificates.serial(root),
                BackupVerifyCommand.SHOWN.format(root.getNotAfter().toInstant())));
        return ExitCode.DONE;
    }
}
