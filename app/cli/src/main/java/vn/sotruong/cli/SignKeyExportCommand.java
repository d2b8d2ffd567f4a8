package vn.sotruong.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.security.Actor;

/** {@code sign key export [--for LOGIN] --out F.p12}: xuất khóa ký ra tệp PKCS#12 (still sealed with its key password). */
@Command(name = "export")
final class SignKeyExportCommand extends SignedInCommand {
    @Option(names = "--for", paramLabel = "LOGIN", descriptionKey = "sign.for")
    String login;

    @Option(names = "--out", required = true, paramLabel = "F.p12", descriptionKey = "sign.out")
    Path out;

    SignKeyExportCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        out = CliFiles.output(out);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        String who = login == null ? actor.login() : login;
        byte[] p12 = session.services().signatures().export(actor, who);
        CliFiles.write(out, p12);
        ctx.out().println(ctx.text("sign.keyExported", who, out.toString()));
        return ExitCode.DONE;
    }
}
