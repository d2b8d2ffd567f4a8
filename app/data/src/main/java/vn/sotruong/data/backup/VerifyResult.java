package vn.sotruong.data.backup;

import java.util.Optional;

/**
 * What reading a backup from end to end found.
 *
 * @param manifest present when intact
 * @param reason for a damaged file: what was wrong, in English, for the log and the expert
 */
public record VerifyResult(Outcome outcome, Optional<BackupManifest> manifest, String reason) {
    public enum Outcome {
        /** Decrypted, integrity packet, every hash and the row counts match. */
        INTACT,
        /** The password does not open it (the file may be fine). */
        WRONG_PASSWORD,
        /** Truncated, changed, not a backup, or an entry missing or altered. */
        DAMAGED
    }

    static VerifyResult intact(BackupManifest m) {
        return new VerifyResult(Outcome.INTACT, Optional.of(m), "");
    }

    static VerifyResult wrongPassword() {
        return new VerifyResult(Outcome.WRONG_PASSWORD, Optional.empty(), "wrong password");
    }

    static VerifyResult damaged(String reason) {
        return new VerifyResult(Outcome.DAMAGED, Optional.empty(), reason);
    }

    public boolean intact() {
        return outcome == Outcome.INTACT;
    }
}
