package vn.sotruong.data.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A restore that went through: what the backup held, where the replaced store is kept, the backup of
 * the replaced data made on this PC first (none when the store was empty), how long it took.
 */
public record RestoreDone(BackupManifest manifest, Path previousStore, Duration took, Optional<Path> safetyBackup) {
}
