package vn.sotruong.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.data.backup.AutomaticBackups;
import vn.sotruong.data.backup.BackupProgress;
import vn.sotruong.data.backup.DrillReport;
import vn.sotruong.data.backup.RestoreDrill;
import vn.sotruong.data.store.DataFolders;

/**
 * {@code backup drill [--from DIR]} (diễn tập phục hồi): restores the newest backup of DIR — by
 * default the automatic folder of {@code --data}, opened with that store's key — into a scratch store
 * in a temporary folder, checks rows and audit chain, reports, and deletes the scratch store. Touches
 * neither the store nor the folder. Exit 0 restored and checked, 4 wrong backup password, 5 no backup
 * or it does not restore.
 */
@Command(name = "drill")
final class BackupDrillCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DIR")
    Path from;

    BackupDrillCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        Path data = (root.data != null ? root.data : DataFolders.defaultDataDir()).toAbsolutePath().normalize();
        Path folder = (from != null ? from : AutomaticBackups.folder(data)).toAbsolutePath().normalize();
        Optional<Path> newest = RestoreDrill.newest(folder);
        if (newest.isEmpty()) {
            ctx.err().println(ctx.text("backup.drill.none", folder));
            return ExitCode.DAMAGED;
        }
        char[] password = automaticFolder(folder, data)
                ? RestoreDrill.localKey(data).orElseThrow(() -> new DomainException("backup.localKeyUnreadable",
                        data.resolve("local-backup.key").toString(), "missing"))
                : new Passwords(ctx).backup(false);
        Path file = newest.get();
        ctx.out().println(ctx.text("backup.drill.start", file));
        try {
            DrillReport r = new RestoreDrill(ctx.clock()).run(file, password, BackupProgress.NONE);
            ctx.out().println(ctx.text("backup.drill.done", r.manifest().schoolName(),
                    BackupVerifyCommand.SHOWN.format(r.manifest().createdUtc()), r.manifest().totalRows(),
                    r.manifest().schemaVersion(), r.schemaAfter(), r.auditEntries(), r.took().toMillis() / 1000.0));
            return ExitCode.DONE;
        } catch (DomainException e) {
            ctx.err().println(ctx.explain(e));
            ctx.err().println(ctx.text("backup.drill.failed", file.getFileName()));
            return e.code().equals("backup.wrongPassword") ? ExitCode.WRONG_PASSWORD : ExitCode.DAMAGED;
        }
    }

    private static boolean automaticFolder(Path folder, Path data) {
        Path auto = AutomaticBackups.folder(data);
        try {
            return folder.equals(auto) || Files.exists(auto) && Files.isSameFile(folder, auto);
        } catch (IOException e) {
            return false;
        }
    }
}
