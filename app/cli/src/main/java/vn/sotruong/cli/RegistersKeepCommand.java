package vn.sotruong.cli;

import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.pupil.PupilRules;
import vn.sotruong.core.registers.BookKeeping;
import vn.sotruong.core.registers.KeepingStep;
import vn.sotruong.core.security.Actor;

/**
 * {@code registers keep --print N --step bound|archived --date dd/MM/yyyy}: ghi nhận sổ in số N đã đóng quyển hoặc
 * đã lưu trữ vào ngày đó (văn phòng, quản trị); audited.
 */
@Command(name = "keep")
final class RegistersKeepCommand extends SignedInCommand {
    @Option(names = "--print", required = true, paramLabel = "N", descriptionKey = "registers.print")
    long print;

    @Option(names = "--step", required = true, paramLabel = "bound|archived")
    String step;

    @Option(names = "--date", required = true, paramLabel = "dd/MM/yyyy")
    String date;

    private KeepingStep keepingStep;
    private LocalDate on;

    RegistersKeepCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        keepingStep = switch (step.strip().toLowerCase(Locale.ROOT)) {
            case "bound", "dong-quyen" -> KeepingStep.BOUND;
            case "archived", "luu-tru" -> KeepingStep.ARCHIVED;
            default -> throw new UsageProblem("registers.keepStepInvalid", step);
        };
        on = PupilRules.date(date).orElseThrow(() -> new UsageProblem("cli.dateInvalid", date));
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        BookKeeping k = RegistersSignCommand.signing(session.services()).keep(actor, print, keepingStep, on);
        ctx.out().println(ctx.text(k.step() == KeepingStep.BOUND ? "registers.bound" : "registers.archived",
                k.ledgerId(), date));
        return ExitCode.DONE;
    }
}
