package vn.sotruong.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.sotruong.core.correction.CorrectionMinute;
import vn.sotruong.core.correction.MinuteSignature;
import vn.sotruong.core.correction.MinuteSigningService;
import vn.sotruong.core.correction.SignerRole;
import vn.sotruong.core.security.Actor;

/**
 * {@code correction sign --minute N}: the signed-in user signs the applied minute with their own key (password from
 * {@code SOTRUONG_KEY_PASSWORD}, else typed), as the principal, the administrator or the drafting teacher.
 */
@Command(name = "sign")
final class CorrectionSignCommand extends SignedInCommand {
    @Mixin
    MinuteOptions minute;

    private char[] keyPassword;

    CorrectionSignCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        keyPassword = passwords.key(false);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        MinuteSigningService signing = CorrectionCommand.signing(session.services());
        CorrectionMinute m = minute.find(session.services(), actor);
        MinuteSignature s = signing.sign(actor, m.id(), keyPassword);
        ctx.out().println(ctx.text("correction.signed", m.number(), ctx.label(s.role().labelKey()), s.certSerial(),
                s.sha256().substring(0, 12)));
        var missing = signing.missing(actor, m.id());
        if (missing.isEmpty()) {
            ctx.out().println(ctx.text("correction.allSignedNow", m.number()));
        } else {
            ctx.out().println(ctx.text("correction.waiting", String.join(", ", missing.stream()
                    .map(SignerRole::labelKey).map(k -> ctx.label(k)).toList())));
        }
        return ExitCode.DONE;
    }
}
