package vn.sotruong.desktop.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.backup.BackupListing;
import vn.sotruong.data.backup.BackupProgress;
import vn.sotruong.data.backup.BackupReminder;
import vn.sotruong.data.backup.BackupSettings;
import vn.sotruong.data.backup.BackupVerifier;
import vn.sotruong.data.backup.BackupWritten;
import vn.sotruong.data.backup.DrillReport;
import vn.sotruong.data.backup.RestoreDone;
import vn.sotruong.data.backup.RestoreDrill;
import vn.sotruong.data.backup.VerifyResult;
import vn.sotruong.desktop.backup.Backups;

/**
 * Sao lưu của kho đang mở: the Sao lưu page's port onto the live store's backups (create, verify, restore, drill,
 * listings, settings, reminders); after a restore the app's window is told, as the store behind it changed.
 */
final class LiveBackups implements Backups {
    private final LiveStore live;
    private final Clock clock;
    private final Consumer<RestoreDone> afterRestore;

    LiveBackups(LiveStore live, Clock clock, Consumer<RestoreDone> afterRestore) {
        this.live = live;
        this.clock = clock;
        this.afterRestore = afterRestore;
    }

    @Override
    public BackupWritten create(Actor actor, Path dir, char[] password, BackupProgress progress) {
        return live.backup(actor, dir, password, progress);
    }

    @Override
    public VerifyResult verify(Path file, char[] password) {
        return new BackupVerifier().verify(file, password);
    }

    @Override
    public RestoreDone restore(Actor actor, Path file, char[] password, boolean otherSchool, BackupProgress progress) {
        return live.restore(actor, file, password, otherSchool, progress);
    }

    @Override
    public DrillReport drill(Path file, char[] password, BackupProgress progress) {
        return new RestoreDrill(clock).run(file, password, progress);
    }

    @Override
    public void restored(RestoreDone done) {
        afterRestore.accept(done);
    }

    @Override
    public List<BackupListing> list(Path dir) {
        return live.backups().list(dir);
    }

    @Override
    public Path beforeRollover(Actor actor) {
        return live.backups().beforeRollover(actor);
    }

    @Override
    public Path localFolder() {
        return live.backups().localFolder();
    }

    @Override
    public Optional<char[]> localKey() {
        return RestoreDrill.localKey(live.store().dataDir());
    }

    @Override
    public BackupSettings settings() {
        return live.backups().settings();
    }

    @Override
    public void updateSettings(Actor actor, BackupSettings settings) {
        live.backups().updateSettings(actor, settings);
    }

    @Override
    public List<BackupReminder> reminders() {
        return live.backups().reminders();
    }

    @Override
    public Optional<Instant> lastUsbBackup() {
        return live.backups().lastUsbBackup();
    }

    @Override
    public Optional<Instant> lastLocalBackup() {
        return live.backups().lastLocalBackup();
    }
}
