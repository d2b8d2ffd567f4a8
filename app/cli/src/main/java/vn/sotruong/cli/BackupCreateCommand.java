package vn.sotruong.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.backup.BackupService;
import vn.sotruong.data.backup.BackupWritten;

/** {@code backup create --to DIR}: a verified backup file in DIR; prints the file and the time it took. */
@Command(name = "create")
final class BackupCreateCommand extends SignedInCommand {
    @Option(names = "--to", required = true, paramLabel = "DIR")
    Path to;

    private char[] backupPassword;

    BackupCreateCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        backupPassword = passwords.backup(true);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        BackupWritten w = new BackupService(session.store(), ctx.clock()).create(actor, to, backupPassword);
        ctx.out().println(w.file());
        ctx.out().println(ctx.text("backup.created", w.bytes() / 1024.0, w.took().toMillis() / 1000.0,
                w.manifest().totalRows()));
        for (Path removed : w.rotation().removed()) {
            ctx.out().println(ctx.text("backup.rotated", removed.getFileName()));
        }
        ctx.out().println(ctx.text("backup.kept", w.rotation().kept()));
        if (w.rotation().datedLater() > 0) {
            // a stick with backups dated after now: this PC's clock is (or was) wrong; nothing of theirs was removed
            ctx.err().println(ctx.text("backup.datedLater", w.rotation().datedLater()));
        }
        return ExitCode.DONE;
    }
}
