package vn.sotruong.data.backup;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A restore that went through: what the backup held, where the replaced store is kept, how long it took.
 */
public record RestoreDone(BackupManifest manifest, Path previousStore, Duration took) {
}
