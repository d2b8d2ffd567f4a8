package vn.sotruong.data.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.h2.util.ScriptReader;
import vn.sotruong.data.backup.OpenPgpEnvelope.Damaged;
import vn.sotruong.data.backup.OpenPgpEnvelope.WrongPassword;

/**
 * Reads a backup from end to end in one pass: decrypts, walks the ZIP, hashes every entry, splits
 * {@code db.sql} into statements (handing each to a sink), and at the end checks the OpenPGP
 * integrity packet, the hashes and the row counts against the manifest. Nothing read is trusted
 * before the end: a restore loads into a throwaway database only.
 */
final class BackupReader {
    /** Receives the statements of {@code db.sql} in order. */
    @FunctionalInterface
    interface StatementSink {
        void statement(String sql) throws java.sql.SQLException;

        /** A carried file ({@link SigningStateEntries}); trusted only once the whole read has returned. */
        default void carried(String entry, byte[] content) {
        }
    }

    private final OpenPgpEnvelope envelope;

    BackupReader(OpenPgpEnvelope envelope) {
        this.envelope = envelope;
    }

    BackupManifest read(Path file, char[] password, StatementSink sink)
            throws WrongPassword, Damaged, java.sql.SQLException {
        return read(file, password, sink, f -> { });
    }

    /** {@link #read(Path, char[], StatementSink)}, telling {@code progress} the share of the file's bytes read. */
    BackupManifest read(Path file, char[] password, StatementSink sink, DoubleConsumer progress)
            throws WrongPassword, Damaged, java.sql.SQLException {
        try (InputStream in = new BufferedInputStream(new ProgressInput(Files.newInputStream(file), size(file), progress),
                1 << 16)) {
            OpenPgpEnvelope.Opened opened = envelope.open(in, password);
            Contents contents = walk(opened.content(), sink);
            // the integrity packet follows the ZIP's last byte: read everything before asking
            opened.content().transferTo(OutputStream.nullOutputStream());
            opened.checkIntegrity();
            return contents.check();
        } catch (NoSuchFileException e) {
            throw new Damaged("no such file: " + file);
        } catch (IOException | RuntimeException e) {
            throw new Damaged(OpenPgpEnvelope.describe(e));
        }
    }

    private static Contents walk(InputStream content, StatementSink sink)
            throws IOException, Damaged, java.sql.SQLException {
        Contents c = new Contents();
        ZipInputStream zip = new ZipInputStream(content, StandardCharsets.UTF_8);
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            String name = entry.getName();
            if (!BackupLayout.known(name) || c.hashes.containsKey(name)) {
                throw new Damaged("unexpected entry " + name);
            }
            MessageDigest md = sha256();
            DigestInputStream digesting = new DigestInputStream(zip, md);
            if (name.equals(BackupLayout.SQL)) {
                readSql(digesting, c.counter, sink);
            } else if (name.equals(BackupLayout.MANIFEST)) {
                byte[] json = digesting.readNBytes(BackupLayout.MAX_MANIFEST_BYTES + 1);
                if (json.length > BackupLayout.MAX_MANIFEST_BYTES) {
                    throw new Damaged("manifest too large");
                }
                c.manifestJson = new String(json, StandardCharsets.UTF_8);
            } else if (SigningStateEntries.carried(name)) {
                byte[] carried = digesting.readNBytes(SigningStateEntries.MAX_BYTES + 1);
                if (carried.length > SigningStateEntries.MAX_BYTES) {
                    throw new Damaged(name + " too large");
                }
                sink.carried(name, carried);
            }
            digesting.transferTo(OutputStream.nullOutputStream());
            if (!entry.isDirectory()) {
                c.hashes.put(name, HexFormat.of().formatHex(md.digest()));
            }
        }
        return c;
    }

    private static void readSql(InputStream in, SqlRowCounter counter, StatementSink sink)
            throws IOException, java.sql.SQLException {
        ScriptReader script = new ScriptReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        script.setSkipRemarks(true);
        String sql;
        while ((sql = script.readStatement()) != null) {
            if (sql.isBlank()) {
                continue;
            }
            counter.statement(sql);
            sink.statement(sql);
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // the open that follows says what is wrong
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the walk found, checked against the manifest once the whole file is read. */
    private static final class Contents {
        final Map<String, String> hashes = new TreeMap<>();
        final SqlRowCounter counter = new SqlRowCounter();
        String manifestJson;

        BackupManifest check() throws Damaged {
            if (manifestJson == null) {
                throw new Damaged("no " + BackupLayout.MANIFEST);
            }
            if (!hashes.containsKey(BackupLayout.SQL)) {
                throw new Damaged("no " + BackupLayout.SQL);
            }
            BackupManifest m;
            try {
                m = ManifestJson.read(manifestJson);
            } catch (IllegalArgumentException e) {
                throw new Damaged(e.getMessage());
            }
            Map<String, String> found = new TreeMap<>(hashes);
            found.remove(BackupLayout.MANIFEST);
            if (!found.equals(m.sha256())) {
                throw new Damaged("entry hashes differ from the manifest");
            }
            if (!counter.counts().equals(m.rowCounts())) {
                throw new Damaged("row counts differ from the manifest");
            }
            return m;
        }
    }
}
