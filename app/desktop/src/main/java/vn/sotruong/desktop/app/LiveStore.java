package vn.sotruong.desktop.app;

import java.nio.file.Path;
import java.time.Clock;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.security.Actor;
import java.util.Optional;
import vn.sotruong.data.backup.AutomaticBackups;
import vn.sotruong.data.backup.BackupProgress;
import vn.sotruong.data.backup.BackupService;
import vn.sotruong.data.backup.BackupWritten;
import vn.sotruong.data.backup.RestoreDone;
import vn.sotruong.data.store.Store;

/**
 * The store the running app works on. A restore closes that store and swaps its files
 * ({@link BackupService#restore}), so the app cannot keep one {@link Store} for its whole life: this
 * holder opens the swapped-in file at the same place and everyone asks it for the current one.
 */
public final class LiveStore implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LiveStore.class.getName());

    private final Clock clock;
    private volatile Store store;
    private volatile RuntimeException reopenFailure;

    public LiveStore(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Store store() {
        return store;
    }

    public CoreServices services() {
        return store.services();
    }

    public synchronized BackupWritten backup(Actor actor, Path targetDir, char[] password, BackupProgress progress) {
        return new BackupService(store, clock).create(actor, targetDir, password, progress);
    }

    /**
     * The backup service of the store open now, for quick questions (listings, settings, reminders).
     * Not under the lock: the page asks on the FX thread and must not wait for a daily backup to end.
     */
    public BackupService backups() {
        return new BackupService(store, clock);
    }

    /**
     * Today's automatic backup on this PC if there is none yet ({@link AutomaticBackups#dailyIfDue});
     * under the same lock as backups and restores, so it never runs during one.
     */
    public synchronized Optional<BackupWritten> dailyBackupIfDue() {
        return AutomaticBackups.dailyIfDue(store, clock);
    }

    /**
     * Restores, then opens the restored store. A refusal leaves the old store open and untouched; a
     * failure after the service closed the store (the swap itself) reopens what is on disk, so the app
     * is never left on a closed store while it still shows a window.
     */
    public synchronized RestoreDone restore(Actor actor, Path file, char[] password, boolean otherSchool,
                                            BackupProgress progress) {
        RestoreDone done;
        try {
            done = new BackupService(store, clock).restore(actor, file, password, otherSchool, progress);
        } catch (RuntimeException e) {
            if (closed()) {
                reopen();
            }
            throw e;
        }
        reopen();
        return done;
    }

    /** Set when the restored store could not be opened: the app cannot go on and says so. */
    public RuntimeException reopenFailure() {
        return reopenFailure;
    }

    private void reopen() {
        Path dir = store.dataDir();
        store.close();
        try {
            store = Store.open(dir, clock);
            reopenFailure = null;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot reopen the store after a restore", e);
            reopenFailure = e;
        }
    }

    /**
     * Store has no "is it open?"; a closed store's pool refuses connections, so a cheap read tells.
     * Only asked after a failed restore, to know whether the service got as far as closing it.
     */
    private boolean closed() {
        try {
            store.services().setup().isEmpty();
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Waits for a backup or restore under way (the same lock), then closes. */
    @Override
    public synchronized void close() {
        store.close();
    }
}
