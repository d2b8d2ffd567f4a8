package vn.sotruong.data.backup;

/** The entries inside a backup's ZIP (ADR 0010). */
final class BackupLayout {
    static final String SQL = "db.sql";
    static final String MANIFEST = "manifest.json";
    /** Stored documents (scans, signed PDFs) will go here; empty until a feature stores any. */
    static final String ATTACHMENTS = "attachments/";
    static final int MAX_MANIFEST_BYTES = 1 << 20;

    private BackupLayout() {
    }

    static boolean known(String entry) {
        return entry.equals(SQL) || entry.equals(MANIFEST) || entry.startsWith(ATTACHMENTS);
    }
}
