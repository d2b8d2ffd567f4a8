package vn.sotruong.data.backup;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a backup says about itself ({@code manifest.json}): whose data, written by which versions,
 * when, how many rows each table holds in {@code db.sql}, and the SHA-256 of every other entry.
 *
 * @param format version of this layout, so later builds can still read older backups
 * @param schoolCode the school's code in the Ministry's database (may be empty)
 * @param rowCounts rows per table as written in {@code db.sql} (table names as H2 spells them)
 * @param sha256 hex SHA-256 per entry name
 */
public record BackupManifest(int format, String schoolCode, String schoolName, String appVersion,
                             String schemaVersion, String h2Version, Instant createdUtc,
                             SortedMap<String, Long> rowCounts, SortedMap<String, String> sha256) {
    public static final int FORMAT = 1;

    public BackupManifest {
        rowCounts = new TreeMap<>(rowCounts);
        sha256 = new TreeMap<>(sha256);
    }

    public BackupManifest(int format, String schoolCode, String schoolName, String appVersion, String schemaVersion,
                          String h2Version, Instant createdUtc, Map<String, Long> rowCounts,
                          Map<String, String> sha256) {
        this(format, schoolCode, schoolName, appVersion, schemaVersion, h2Version, createdUtc,
                new TreeMap<>(rowCounts), new TreeMap<>(sha256));
    }

    @Override
    public SortedMap<String, Long> rowCounts() {
        return new TreeMap<>(rowCounts);
    }

    @Override
    public SortedMap<String, String> sha256() {
        return new TreeMap<>(sha256);
    }

    public long totalRows() {
        return rowCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
