package vn.sotruong.data.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import vn.sotruong.core.audit.AuditCheckpoint;

/**
 * Bản sao điểm mốc nhật ký: the signed audit checkpoints copied, one line each, to an append-only text file in the
 * data folder ({@code audit-checkpoints/checkpoints.txt}), outside the database. Deleting the chain's tail and the
 * checkpoints in the database together still leaves these lines to name the cut. A line that does not read (a
 * half-written last line after a power cut) is skipped; its signature would not verify anyway.
 */
public final class CheckpointFile {
    public static final String FOLDER = "audit-checkpoints";
    public static final String NAME = "checkpoints.txt";
    private static final String HEADER = "# Sổ Trường: điểm mốc nhật ký đã ký (id;sequence;hash;signedAt;serial;signature)\n";

    private final Path file;

    public CheckpointFile(Path dataDir) {
        this.file = dataDir.resolve(FOLDER).resolve(NAME);
    }

    public Path path() {
        return file;
    }

    /** Appends one checkpoint and forces it to the disk. */
    public synchronized void append(AuditCheckpoint c) {
        String line = line(c) + "\n";
        try {
            Files.createDirectories(file.getParent());
            boolean fresh = !Files.exists(file);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ch.write(java.nio.ByteBuffer.wrap(((fresh ? HEADER : "") + line).getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A checkpoint as one line of the file (without its end), which is also the whole of what it is. */
    static String line(AuditCheckpoint c) {
        return c.id() + ";" + c.sequence() + ";" + c.chainHash() + ";" + c.signedAt() + ";" + c.certSerial() + ";"
                + Base64.getEncoder().encodeToString(c.signature());
    }

    /** Every checkpoint in the file, in the order written; none when there is no file. */
    public synchronized List<AuditCheckpoint> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<AuditCheckpoint> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                parse(line).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static java.util.Optional<AuditCheckpoint> parse(String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return java.util.Optional.empty();
        }
        String[] f = line.split(";", -1);
        try {
            return java.util.Optional.of(new AuditCheckpoint(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2],
                    Instant.parse(f[3]), f[4], Base64.getDecoder().decode(f[5])));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
