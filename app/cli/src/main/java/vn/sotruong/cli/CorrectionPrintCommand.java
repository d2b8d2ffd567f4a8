package vn.sotruong.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.sotruong.core.correction.CorrectionMinute;
import vn.sotruong.core.security.Actor;

/** {@code correction print --minute N --out F.pdf}: the minute's PDF — as last signed, or freshly printed if unsigned. */
@Command(name = "print")
final class CorrectionPrintCommand extends SignedInCommand {
    @Mixin
    MinuteOptions minute;

    @Option(names = "--out", required = true, paramLabel = "F.pdf", descriptionKey = "correction.out")
    Path out;

    CorrectionPrintCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        out = CliFiles.output(out);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        CorrectionMinute m = minute.find(session.services(), actor);
        byte[] pdf = CorrectionCommand.signing(session.services()).document(actor, m.id());
        CliFiles.write(out, pdf);
        int signatures = CorrectionCommand.signing(session.services()).signatures(actor, m.id()).size();
        ctx.out().println(ctx.text("correction.printed", m.number(), out.toString(), signatures));
        return ExitCode.DONE;
    }
}
