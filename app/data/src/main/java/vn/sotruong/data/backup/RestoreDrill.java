package vn.sotruong.data.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.data.store.FileTrees;

/**
 * Diễn tập phục hồi: proves a backup restores, without touching the school's store — the newest
 * backup of a folder is restored into a scratch store in a temporary folder, its rows counted
 * against the manifest, migrated, its audit chain checked; then the scratch store is deleted.
 * Needs no store and no signed-in user, like {@link BackupVerifier}.
 */
public final class RestoreDrill {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreDrill.class);

    private final BackupRestorer restorer;
    /** Where scratch stores are made; null for the system's temporary folder. */
    private final Path scratchParent;

    public RestoreDrill(Clock clock) {
        this(clock, null);
    }

    RestoreDrill(Clock clock, Path scratchParent) {
        this.restorer = new BackupRestorer(new OpenPgpEnvelope(new SecureRandom()), clock);
        this.scratchParent = scratchParent;
    }

    /** The newest of our backups in {@code dir} (by the verified creation time, else the file name's). */
    public static Optional<Path> newest(Path dir) {
        return BackupFolder.list(dir).stream().findFirst().map(BackupListing::file);
    }

    /** The key of the automatic backups of the store in {@code dataDir}, if it has made any. */
    public static Optional<char[]> localKey(Path dataDir) {
        return LocalBackupKey.existing(dataDir.toAbsolutePath().normalize());
    }

    /**
     * Restores {@code file} into a scratch store and checks it. Refusals: {@code backup.wrongPassword},
     * {@code backup.damaged}, {@code backup.newerVersion}, {@code backup.restoreCheckFailed},
     * {@code backup.auditBroken}. The scratch folder is removed in every case.
     */
    public DrillReport run(Path file, char[] password, BackupProgress progress) {
        Path scratch;
        try {
            scratch = scratchParent == null ? Files.createTempDirectory("sotruong-drill-")
                    : Files.createTempDirectory(Files.createDirectories(scratchParent), "sotruong-drill-");
        } catch (IOException e) {
            throw new DomainException("backup.restoreCheckFailed", e.toString());
        }
        try {
            return restorer.drill(file, password, scratch, new ProgressMeter(progress));
        } finally {
            if (!FileTrees.deleteQuietly(scratch)) {
                LOG.warn("Could not remove the drill's scratch store {}", scratch);
            }
        }
    }
}
