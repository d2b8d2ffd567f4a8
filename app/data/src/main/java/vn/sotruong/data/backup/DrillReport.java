package vn.sotruong.data.backup;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A restore drill that went through: the backup restored into a scratch store, every table's rows
 * equal to its manifest, migrated to {@code schemaAfter}, the audit chain intact.
 *
 * @param auditEntries entries in the restored audit chain, all checked
 */
public record DrillReport(Path file, BackupManifest manifest, String schemaAfter, long auditEntries, Duration took) {
}
