package vn.sotruong.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.data.pupil.PupilXlsxTemplate;

/** {@code pupils template --out F.xlsx}: the empty pupil-list template (mẫu danh sách học sinh); no store needed. */
@Command(name = "template")
final class PupilsTemplateCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = "--out", required = true, paramLabel = "F.xlsx")
    Path out;

    PupilsTemplateCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Path target = CliFiles.output(out);
        new PupilXlsxTemplate().write(target);
        ctx.out().println(ctx.text("pupils.templateWritten", target));
        return ExitCode.DONE;
    }
}
