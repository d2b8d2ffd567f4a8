package vn.sotruong.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.backup.BackupService;
import vn.sotruong.data.backup.RestoreDone;

/**
 * {@code backup restore FILE}: replaces the data of {@code --data} with the backup's, after every
 * check; the current data is first backed up into the store's automatic folder, and the previous
 * store file is kept in a {@code previous-…} folder. Exit 0, or 3 with the reason.
 */
@Command(name = "restore")
final class BackupRestoreCommand extends SignedInCommand {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "backup.file")
    Path file;

    @Option(names = "--other-school")
    boolean otherSchool;

    /** Replace a different CA secret ({@code school-ca.key}) already in the data folder with the backup's. */
    @Option(names = "--replace-ca-key")
    boolean replaceCaKey;

    private char[] backupPassword;

    BackupRestoreCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        backupPassword = passwords.backup(false);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        RestoreDone done = new BackupService(session.store(), ctx.clock()).restore(actor, file, backupPassword,
                otherSchool, replaceCaKey, vn.sotruong.data.backup.BackupProgress.NONE);
        ctx.out().println(ctx.text("backup.restored", done.manifest().schoolName(),
                BackupVerifyCommand.SHOWN.format(done.manifest().createdUtc()), done.manifest().totalRows(),
                done.previousStore(), done.took().toMillis() / 1000.0));
        done.safetyBackup().ifPresent(f -> ctx.out().println(ctx.text("backup.safety", f)));
        return ExitCode.DONE;
    }
}
