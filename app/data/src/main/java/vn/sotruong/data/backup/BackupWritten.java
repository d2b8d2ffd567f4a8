package vn.sotruong.data.backup;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A backup written and verified: where, how big, how long it took (write, read-back and rotation),
 * what it holds, why it was made, and which older generations rotation removed.
 */
public record BackupWritten(Path file, long bytes, Duration took, BackupManifest manifest, BackupKind kind,
                            Rotation rotation) {
}
