package vn.sotruong.desktop.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.backup.BackupListing;
import vn.sotruong.data.backup.BackupProgress;
import vn.sotruong.data.backup.BackupReminder;
import vn.sotruong.data.backup.BackupSettings;
import vn.sotruong.data.backup.BackupWritten;
import vn.sotruong.data.backup.DrillReport;
import vn.sotruong.data.backup.RestoreDone;
import vn.sotruong.data.backup.VerifyResult;

/**
 * What the Sao lưu page asks of the application: the backup operations on the store the app has
 * open. A port rather than the data module's services directly because a restore replaces that
 * store, which only the application (which owns it) can follow.
 */
public interface Backups {
    /** Slow (writes, flushes, reads the whole file back, rotates): call it off the FX thread. */
    BackupWritten create(Actor actor, Path targetDir, char[] password, BackupProgress progress);

    /** Slow (reads and decrypts the whole file): off the FX thread. */
    VerifyResult verify(Path file, char[] password);

    /** Slow; on success the app's store has been replaced and reopened. Off the FX thread. */
    RestoreDone restore(Actor actor, Path file, char[] password, boolean otherSchool, BackupProgress progress);

    /**
     * Diễn tập phục hồi: restores the file into a scratch store and checks it as a restore would, without
     * touching the data in use. Slow: off the FX thread.
     */
    DrillReport drill(Path file, char[] password, BackupProgress progress);

    /** On the FX thread after a restore: the signed-in window belongs to the replaced data, so it ends. */
    void restored(RestoreDone done);

    /** Our backups in a folder, newest first, with whether each was verified when written. */
    List<BackupListing> list(Path dir);

    /**
     * Sao lưu trước khi lên năm học mới: the automatic backup a year rollover makes first (about a second on a
     * school's year); throws {@code backup.rolloverBackupFailed}, and then the rollover does not happen.
     */
    Path beforeRollover(Actor actor);

    /** Where the app's automatic backups of this store go. */
    Path localFolder();

    /** The password of the automatic backups (this store's key), once the first one was made. */
    Optional<char[]> localKey();

    BackupSettings settings();

    void updateSettings(Actor actor, BackupSettings settings);

    List<BackupReminder> reminders();

    Optional<Instant> lastUsbBackup();

    Optional<Instant> lastLocalBackup();
}
