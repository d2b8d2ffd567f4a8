package vn.sotruong.data.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import vn.sotruong.core.common.DomainException;

/**
 * The password of the automatic backups on this PC (khóa sao lưu tự động): 256 random bits as one
 * line of text in {@code local-backup.key} in the data folder, made the first time it is needed and
 * never replaced. It protects nothing the data folder does not already expose (the H2 file beside
 * it is not encrypted); it exists so the automatic backups are the same verified OpenPGP files as
 * the USB ones, and open with {@code gpg --passphrase-file local-backup.key}. It is never written
 * into a backup, and the USB copies use the administrator's backup password instead (ADR 0012).
 */
final class LocalBackupKey {
    static final String FILE = "local-backup.key";

    private LocalBackupKey() {
    }

    /** The key of the store in {@code dataDir}, created on first use. Refusal: {@code backup.localKeyUnreadable}. */
    static char[] of(Path dataDir) {
        Path f = dataDir.resolve(FILE);
        try {
            if (!Files.exists(f)) {
                create(f);
            }
            String key = Files.readString(f, StandardCharsets.US_ASCII).strip();
            if (key.length() < BackupService.MIN_PASSWORD) {
                throw new IOException("too short");
            }
            return key.toCharArray();
        } catch (IOException | RuntimeException e) {
            throw new DomainException("backup.localKeyUnreadable", f.toString(), e.getMessage());
        }
    }

    /** The key if this data folder has one; never creates it (the restore drill only reads). */
    static java.util.Optional<char[]> existing(Path dataDir) {
        return Files.exists(dataDir.resolve(FILE)) ? java.util.Optional.of(of(dataDir)) : java.util.Optional.empty();
    }

    private static void create(Path f) throws IOException {
        vn.sotruong.data.store.SecretFile.create(f);
    }
}
