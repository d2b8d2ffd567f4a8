package vn.sotruong.data.backup;

/**
 * Where a backup or a restore has got to, for a progress bar: the stage and the share of the whole
 * job done (0 to 1, never going back). Called on the working thread, a few hundred times at most.
 */
@FunctionalInterface
public interface BackupProgress {
    BackupProgress NONE = (stage, done) -> {
    };

    /** The stages, in the order a backup ({@code SNAPSHOT…ROTATE}) or a restore ({@code VERIFY…SWAP}) passes them. */
    enum Stage {
        /** Backup: the database written as SQL into the encrypted file. */
        SNAPSHOT,
        /** Backup: the file flushed to the device. */
        FLUSH,
        /** Backup: the file read back from the device; restore: the chosen file read and checked. */
        VERIFY,
        /** Backup: older generations in the folder removed (the newest verified ones kept). */
        ROTATE,
        /** Restore: the backup's SQL loaded into a temporary database. */
        LOAD,
        /** Restore: rows counted, migrations run, audit chain checked. */
        CHECK,
        /** Restore: the current data backed up on this PC first. */
        SAFETY_BACKUP,
        /** Restore: the restored database put in place of the live one. */
        SWAP,
        /** Finished. */
        DONE
    }

    void at(Stage stage, double done);
}
