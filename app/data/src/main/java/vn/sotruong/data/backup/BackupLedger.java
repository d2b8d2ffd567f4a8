package vn.sotruong.data.backup;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code SoTruong_so-sao-luu.tsv} (sổ sao lưu) in a backup folder: one line per backup this app wrote
 * and verified there (or verified later), with the manifest's school and time and the order it was
 * learnt. Plain tab-separated text, replaced atomically. It is what lets a folder's backups be listed
 * as verified and rotated without decrypting each again; a lost or damaged ledger only makes files
 * "not verified", which rotation never removes.
 */
final class BackupLedger {
    static final String FILE = "SoTruong_so-sao-luu.tsv";
    private static final Logger LOG = LoggerFactory.getLogger(BackupLedger.class);
    private static final String HEADER = "# So Truong: backups verified in this folder (written by the app)\n"
            + "# seq\tfile\tbytes\tcreated\tschool_code\tschool_name\tkind\tverified\n";

    private final Path dir;
    private final List<LedgerEntry> entries;

    private BackupLedger(Path dir, List<LedgerEntry> entries) {
        this.dir = dir;
        this.entries = entries;
    }

    static BackupLedger read(Path dir) {
        List<LedgerEntry> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(dir.resolve(FILE), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                parse(line).ifPresentOrElse(out::add, () -> LOG.warn("Ignoring a ledger line in {}: {}", dir, line));
            }
        } catch (NoSuchFileException e) {
            // a folder without backups of ours yet
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the backup ledger in {}: {}", dir, e.toString());
        }
        return new BackupLedger(dir, out);
    }

    private static Optional<LedgerEntry> parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 8) {
            return Optional.empty();
        }
        try {
            Optional<BackupKind> kind = BackupKind.ofTag(f[6]);
            if (kind.isEmpty() || BackupFileName.parse(f[1]).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new LedgerEntry(Long.parseLong(f[0]), f[1], Long.parseLong(f[2]), Instant.parse(f[3]),
                    new SchoolIdentity(f[4], f[5]), kind.get(), Instant.parse(f[7])));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    Optional<LedgerEntry> find(String file) {
        return entries.stream().filter(e -> e.file().equals(file)).findFirst();
    }

    long nextSeq() {
        return entries.stream().mapToLong(LedgerEntry::seq).max().orElse(0) + 1;
    }

    /** Adds (or replaces the line of the same file), with the next number in the ledger's own order. */
    LedgerEntry add(String file, long bytes, BackupManifest m, BackupKind kind, Instant verified) {
        entries.removeIf(e -> e.file().equals(file));
        LedgerEntry e = new LedgerEntry(nextSeq(), file, bytes, m.createdUtc(), SchoolIdentity.of(m), kind, verified);
        entries.add(e);
        return e;
    }

    void remove(String file) {
        entries.removeIf(e -> e.file().equals(file));
    }

    /** Writes the ledger beside the backups: temporary file, flushed, renamed over the old one. */
    void save() throws IOException {
        Path tmp = dir.resolve(FILE + ".tmp");
        List<LedgerEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(LedgerEntry::seq));
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             Writer w = java.nio.channels.Channels.newWriter(ch, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (LedgerEntry e : sorted) {
                w.write(e.seq() + "\t" + e.file() + "\t" + e.bytes() + "\t" + e.created() + "\t" + clean(e.school().code())
                        + "\t" + clean(e.school().name()) + "\t" + e.kind().tag() + "\t" + e.verified() + "\n");
            }
            w.flush();
            ch.force(true);
        }
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]", " ");
    }
}
