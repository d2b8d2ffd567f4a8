package vn.sotruong.desktop.backup;

import java.nio.file.Path;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.backup.BackupWritten;
import vn.sotruong.data.backup.RestoreDone;
import vn.sotruong.data.backup.VerifyResult;

/**
 * What the Sao lưu page asks of the application: the backup operations on the store the app has
 * open. A port rather than the data module's services directly because a restore replaces that
 * store, which only the application (which owns it) can follow.
 */
public interface Backups {
    /** Slow (writes, flushes and reads the whole file back): call it off the FX thread. */
    BackupWritten create(Actor actor, Path targetDir, char[] password);

    /** Slow (reads and decrypts the whole file): off the FX thread. */
    VerifyResult verify(Path file, char[] password);

    /** Slow; on success the app's store has been replaced and reopened. Off the FX thread. */
    RestoreDone restore(Actor actor, Path file, char[] password, boolean otherSchool);

    /** On the FX thread after a restore: the signed-in window belongs to the replaced data, so it ends. */
    void restored(RestoreDone done);
}
