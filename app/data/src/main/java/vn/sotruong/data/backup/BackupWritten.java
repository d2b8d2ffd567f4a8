package vn.sotruong.data.backup;

import java.nio.file.Path;
import java.time.Duration;

/** A backup written and verified: where, how big, how long it took (write and read-back), what it holds. */
public record BackupWritten(Path file, long bytes, Duration took, BackupManifest manifest) {
}
