package vn.sotruong.data.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.data.signature.CheckpointFile;
import vn.sotruong.data.signature.SealedAuthorityVault;

/**
 * Trạng thái ký số trong bản sao lưu: the files of the data folder the signatures rely on, carried inside the
 * encrypted backup as entries of their own under {@code attachments/signing/} (listed with their hashes in the
 * manifest like {@code db.sql}): the copy of the audit checkpoints outside the database (ADR 0031) and the secret that
 * opens the school's CA key ({@code school-ca.key}, ADR 0019). A restore writes them back: the checkpoints with the
 * database they were signed in; the CA secret only where none is, or the same one is — a different secret already
 * here is never replaced silently ({@code backup.caKeyDiffers}) unless the restore is told to (ADR 0037).
 */
final class SigningStateEntries {
    static final String CHECKPOINTS = BackupLayout.ATTACHMENTS + "signing/" + CheckpointFile.NAME;
    static final String CA_SECRET = BackupLayout.ATTACHMENTS + "signing/" + SealedAuthorityVault.SECRET_FILE;
    /** A checkpoint line is ~500 bytes: years of checkpoints fit well within. */
    static final int MAX_BYTES = 64 << 20;

    private SigningStateEntries() {
    }

    /** The entries to back up from {@code dataDir}, by entry name (absent files are left out). */
    static Map<String, byte[]> collect(Path dataDir) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        read(dataDir.resolve(CheckpointFile.FOLDER).resolve(CheckpointFile.NAME)).ifPresent(b -> entries.put(CHECKPOINTS, b));
        read(dataDir.resolve(SealedAuthorityVault.SECRET_FILE)).ifPresent(b -> entries.put(CA_SECRET, b));
        return entries;
    }

    /** Whether an entry name is one of these (the reader hands their content over). */
    static boolean carried(String entry) {
        return entry.equals(CHECKPOINTS) || entry.equals(CA_SECRET);
    }

    /**
     * Before anything is replaced: refuses ({@code backup.caKeyDiffers}) when the backup's CA secret differs from the
     * one in {@code dataDir}, unless {@code replaceCaKey}.
     */
    static void checkCaSecret(Path dataDir, Map<String, byte[]> entries, boolean replaceCaKey) {
        byte[] carried = entries.get(CA_SECRET);
        if (carried == null || replaceCaKey) {
            return;
        }
        read(dataDir.resolve(SealedAuthorityVault.SECRET_FILE)).ifPresent(here -> {
            if (!Arrays.equals(here, carried)) {
                throw new DomainException("backup.caKeyDiffers", SealedAuthorityVault.SECRET_FILE);
            }
        });
    }

    /** After the database was replaced: the checkpoints beside it, the CA secret where none (or a replaced one) is. */
    static void restore(Path dataDir, Map<String, byte[]> entries, boolean replaceCaKey) {
        try {
            byte[] checkpoints = entries.get(CHECKPOINTS);
            if (checkpoints != null) {
                Path folder = Files.createDirectories(dataDir.resolve(CheckpointFile.FOLDER));
                write(folder.resolve(CheckpointFile.NAME), checkpoints);
            }
            byte[] secret = entries.get(CA_SECRET);
            Path here = dataDir.resolve(SealedAuthorityVault.SECRET_FILE);
            if (secret != null && (!Files.exists(here) || replaceCaKey)) {
                write(here, secret);
                try {
                    Files.setPosixFilePermissions(here, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // Windows: the per-user AppData folder is the protection
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path f, byte[] content) throws IOException {
        Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(content));
            ch.force(true);
        }
        Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static java.util.Optional<byte[]> read(Path f) {
        try {
            return Files.isRegularFile(f) ? java.util.Optional.of(Files.readAllBytes(f)) : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
