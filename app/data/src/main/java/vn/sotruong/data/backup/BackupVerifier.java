package vn.sotruong.data.backup;

import java.nio.file.Path;
import java.security.SecureRandom;
import vn.sotruong.data.backup.OpenPgpEnvelope.Damaged;
import vn.sotruong.data.backup.OpenPgpEnvelope.WrongPassword;

/**
 * Says whether a backup file is intact, opened with the wrong password, or damaged — reading every
 * byte. Needs no store and no signed-in user: anyone holding the stick may check it.
 */
public final class BackupVerifier {
    private final BackupReader reader;

    public BackupVerifier() {
        this(new OpenPgpEnvelope(new SecureRandom()));
    }

    BackupVerifier(OpenPgpEnvelope envelope) {
        this.reader = new BackupReader(envelope);
    }

    public VerifyResult verify(Path file, char[] password) {
        return verify(file, password, f -> { });
    }

    /** {@link #verify(Path, char[])}, telling {@code progress} the share of the file read so far. */
    VerifyResult verify(Path file, char[] password, java.util.function.DoubleConsumer progress) {
        try {
            return VerifyResult.intact(reader.read(file, password, sql -> { }, progress));
        } catch (WrongPassword e) {
            return VerifyResult.wrongPassword();
        } catch (Damaged e) {
            return VerifyResult.damaged(e.getMessage());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("a verifying read runs no SQL", e);
        }
    }
}
