package vn.sotruong.data.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.data.store.AppVersion;

/**
 * Writes one backup file: the SQL snapshot and the manifest in a ZIP, inside the OpenPGP envelope,
 * under a {@code .partial} name; flushed to the device; read back from the target and checked byte
 * for byte against what was written ({@link ReadBack}); then renamed. Any failure removes what it wrote, so the final name only ever holds a
 * verified backup, and never touches other files in the folder.
 */
final class BackupWriter {
    private static final Logger LOG = LoggerFactory.getLogger(BackupWriter.class);

    private final OpenPgpEnvelope envelope;
    private final ReadBack readBack;
    private final Clock clock;
    /** Tests put a failing stream here to play a stick pulled out mid-way; production: identity. */
    private final UnaryOperator<OutputStream> device;

    BackupWriter(OpenPgpEnvelope envelope, Clock clock, UnaryOperator<OutputStream> device) {
        this.envelope = envelope;
        this.readBack = new ReadBack(envelope);
        this.clock = clock;
        this.device = device;
    }

    /** A backup file in place: verified under its temporary name, then renamed. */
    record Written(Path file, long bytes, BackupManifest manifest) {
    }

    /**
     * Writes {@code source} into {@code targetDir}: SQL and manifest under {@code <name>.partial},
     * flushed to the device, read back and verified in full, and only then renamed to its final
     * name — so the final name never names a file that was not verified, even when the process is
     * killed mid-way. Refusals: {@code backup.targetNotWritable}, {@code backup.writeFailed},
     * {@code backup.verifyFailed} — each leaving no file with a backup's name.
     */
    Written write(BackupSource source, Path targetDir, char[] password, BackupKind kind, ProgressMeter meter) {
        Instant now = clock.instant();
        Path dir = targetDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DomainException("backup.targetNotWritable", dir.toString());
        }
        Path target = freeName(dir, BackupFileName.of(source.schoolName(), now, kind));
        Path partial = target.resolveSibling(target.getFileName() + BackupFileName.PARTIAL);
        ReadBack.Produced produced;
        try {
            produced = writePartial(source, now, partial, password, meter);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            deleteQuietly(partial);
            LOG.warn("Backup to {} failed", dir, e);
            throw new DomainException("backup.writeFailed", dir.toString(), rootMessage(e));
        }
        BackupManifest manifest = produced.manifest();
        // the read-back is what proves the stick kept what we gave it (a stick may lie about flushing)
        meter.stage(BackupProgress.Stage.VERIFY, 0.60, 0.93);
        VerifyResult check = readBack.check(partial, password, produced, meter::within);
        if (!check.intact()) {
            deleteQuietly(partial);
            LOG.warn("Backup {} failed its read-back: {}", target, check.reason());
            throw new DomainException("backup.verifyFailed", target.toString(), check.reason());
        }
        long bytes = size(partial);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(dir);
            if (Files.size(target) != bytes) {
                throw new IOException("size changed in the rename");
            }
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(partial);
            deleteQuietly(target);
            LOG.warn("Backup to {} failed in the rename", dir, e);
            throw new DomainException("backup.writeFailed", dir.toString(), rootMessage(e));
        }
        return new Written(target, bytes, manifest);
    }

    private ReadBack.Produced writePartial(BackupSource source, Instant now, Path partial, char[] password,
                                           ProgressMeter meter) throws IOException {
        try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            // hashed as handed to the device: the read-back compares the file with exactly these bytes
            Tally written = new Tally(device.apply(Channels.newOutputStream(ch)));
            OutputStream file = new BufferedOutputStream(written, 1 << 16);
            BackupManifest manifest;
            long manifestAt;
            meter.stage(BackupProgress.Stage.SNAPSHOT, 0.0, 0.55);
            try (OutputStream encrypting = envelope.encrypt(file, password, Date.from(now))) {
                Tally plain = new Tally(encrypting);
                ZipOutputStream zip = new ZipOutputStream(plain, StandardCharsets.UTF_8);
                // SQL compresses about tenfold even at the fastest level; a slower level costs time, not space
                zip.setLevel(Deflater.BEST_SPEED);
                SqlRowCounter counter = new SqlRowCounter();
                long estimate = Math.max(1, source.rowEstimate().getAsLong());
                String sqlHash = writeSql(source, zip, counter, () -> meter.within((double) counter.total() / estimate));
                zip.putNextEntry(new ZipEntry(BackupLayout.ATTACHMENTS));
                zip.closeEntry();
                Map<String, String> hashes = new java.util.TreeMap<>(Map.of(BackupLayout.SQL, sqlHash));
                hashes.putAll(writeEntries(source.signingState().get(), zip));
                AppVersion v = AppVersion.current();
                manifest = new BackupManifest(BackupManifest.FORMAT, source.schoolCode(), source.schoolName(), v.app(),
                        source.schemaVersion(), v.h2(), now, counter.counts(), hashes);
                // the ZIP writes straight through: what it has written so far is where the manifest starts
                manifestAt = plain.count();
                zip.putNextEntry(new ZipEntry(BackupLayout.MANIFEST));
                zip.write(ManifestJson.write(manifest).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.finish();
            }
            meter.stage(BackupProgress.Stage.FLUSH, 0.55, 0.60);
            file.flush();
            ch.force(true);
            return new ReadBack.Produced(written.count(), written.sha256(), manifestAt, manifest);
        }
    }

    private static String writeSql(BackupSource source, ZipOutputStream zip, SqlRowCounter counter,
                                   Runnable afterStatement) throws IOException {
        zip.putNextEntry(new ZipEntry(BackupLayout.SQL));
        Tally sql = new Tally(zip); // not closed: the ZIP entry is closed by the writer
        source.snapshot().writeSql(statement -> {
            counter.statement(statement);
            // exact UTF-8 for any text; H2 writes ASCII (U& escapes), which getBytes copies in one go
            sql.write(statement.getBytes(StandardCharsets.UTF_8));
            sql.write('\n');
            afterStatement.run();
        });
        zip.closeEntry();
        return sql.sha256();
    }

    /** Files carried beside the SQL (the signing state), each hashed for the manifest. */
    private static Map<String, String> writeEntries(Map<String, byte[]> entries, ZipOutputStream zip)
            throws IOException {
        Map<String, String> hashes = new java.util.TreeMap<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            zip.putNextEntry(new ZipEntry(e.getKey()));
            Tally t = new Tally(zip);
            t.write(e.getValue());
            zip.closeEntry();
            hashes.put(e.getKey(), t.sha256());
        }
        return hashes;
    }

    private static Path freeName(Path dir, String name) {
        Path p = dir.resolve(name);
        for (int n = 2; Files.exists(p) || Files.exists(p.resolveSibling(p.getFileName() + BackupFileName.PARTIAL)); n++) {
            p = dir.resolve(BackupFileName.numbered(name, n));
        }
        return p;
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel; the rename is journalled by NTFS
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", f, e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
