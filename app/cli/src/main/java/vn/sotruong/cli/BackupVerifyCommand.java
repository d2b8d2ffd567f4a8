package vn.sotruong.cli;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.data.backup.BackupManifest;
import vn.sotruong.data.backup.BackupVerifier;
import vn.sotruong.data.backup.VerifyResult;

/**
 * {@code backup verify FILE}: reads the whole file. Exit 0 intact, 4 wrong password, 5 damaged or
 * incomplete. Needs no store and no user, so a stick can be checked on any PC with the app.
 */
@Command(name = "verify")
final class BackupVerifyCommand implements Callable<Integer> {
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    private final CliContext ctx;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "backup.file")
    Path file;

    BackupVerifyCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        char[] password = new Passwords(ctx).backup(false);
        VerifyResult r = new BackupVerifier().verify(file, password);
        String name = file.getFileName().toString();
        return switch (r.outcome()) {
            case INTACT -> {
                BackupManifest m = r.manifest().orElseThrow();
                ctx.out().println(ctx.text("backup.intact", name, m.schoolName(), SHOWN.format(m.createdUtc()),
                        m.totalRows(), m.appVersion(), m.schemaVersion()));
                yield ExitCode.DONE;
            }
            case WRONG_PASSWORD -> {
                ctx.err().println(ctx.explain(new DomainException("backup.wrongPassword", name)));
                yield ExitCode.WRONG_PASSWORD;
            }
            case DAMAGED -> {
                ctx.err().println(ctx.explain(new DomainException("backup.damaged", name, r.reason())));
                yield ExitCode.DAMAGED;
            }
        };
    }
}
