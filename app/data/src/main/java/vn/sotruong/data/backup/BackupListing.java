package vn.sotruong.data.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup in a folder, as the Sao lưu page lists it.
 *
 * @param school the school's name when the folder's ledger knows the file, else the name's short form
 * @param created when it was made: the verified manifest's time when known, else the file name's minute
 * @param check whether this app verified exactly this file when it wrote it (or later)
 */
public record BackupListing(Path file, String school, Instant created, long bytes, BackupKind kind, Check check) {
    /** What is known about the file without reading it again. */
    public enum Check {
        /** Read back and verified after it was written, and still the same size. */
        VERIFIED,
        /** Never verified here (copied in by hand, or the ledger was lost): check it before trusting it. */
        NOT_VERIFIED,
        /** Verified once, but its size has changed since: damaged or replaced. */
        CHANGED
    }

    public String name() {
        return file.getFileName().toString();
    }
}
