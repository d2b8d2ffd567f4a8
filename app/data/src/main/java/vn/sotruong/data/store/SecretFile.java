package vn.sotruong.data.store;

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
import java.util.Optional;

/**
 * Tệp bí mật trong thư mục dữ liệu: 256 random bits as one line of text, readable by the owner only (on Windows the
 * per-user AppData folder is the protection), made once and never replaced — what it protects would no longer open.
 */
public final class SecretFile {
    private SecretFile() {
    }

    /** The secret in {@code f}, if the file exists. */
    public static Optional<char[]> read(Path f) throws IOException {
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(f, StandardCharsets.US_ASCII).strip().toCharArray());
    }

    /** Makes the file with a new secret unless it exists already (then it is left as it is). */
    public static void create(Path f) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(StandardCharsets.US_ASCII.encode(key + "\n"));
            ch.force(true);
        }
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the per-user AppData folder is the protection
        }
        try {
            // never over an existing secret (a plain move refuses an existing target; an atomic one would replace it)
            Files.move(tmp, f);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp);
        }
    }
}
