package vn.sotruong.data.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Test helpers that take backup files apart and put them together again, as an attacker or a bad stick would. */
final class BackupFiles {
    private static final OpenPgpEnvelope ENVELOPE = new OpenPgpEnvelope(new SecureRandom());

    private BackupFiles() {
    }

    /** The ZIP entries of a backup, decrypted with our own envelope. */
    static Map<String, byte[]> entries(Path backup, char[] password) throws Exception {
        byte[] zip;
        try (InputStream in = Files.newInputStream(backup)) {
            OpenPgpEnvelope.Opened o = ENVELOPE.open(in, password);
            zip = o.content().readAllBytes();
            o.checkIntegrity();
        }
        return unzip(zip);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                m.put(e.getName(), z.readAllBytes());
            }
        }
        return m;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Encrypts any bytes the way our backups are encrypted. */
    static void encrypt(byte[] plain, Path target, char[] password) throws IOException {
        try (OutputStream file = Files.newOutputStream(target);
             OutputStream enc = ENVELOPE.encrypt(file, password, new Date())) {
            enc.write(plain);
        }
    }

    /** A copy of the backup with its entries changed by {@code edit}, correctly encrypted again. */
    static Path rewritten(Path backup, char[] password, Path target, UnaryOperator<Map<String, byte[]>> edit)
            throws Exception {
        encrypt(zip(edit.apply(entries(backup, password))), target, password);
        return target;
    }

    static void flipByte(Path file, long offset) throws IOException {
        byte[] b = Files.readAllBytes(file);
        b[Math.toIntExact(offset)] ^= 0x5A;
        Files.write(file, b);
    }

    /** Rows per table of a closed store, read with plain JDBC. */
    static Map<String, Long> tableCounts(Path dataDir) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("sotruong")
                + ";ACCESS_MODE_DATA=r", "sa", "");
             ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", null, new String[] {"BASE TABLE"})) {
            while (tables.next()) {
                String t = tables.getString("TABLE_NAME");
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"PUBLIC\".\"" + t + "\"")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** A stick between the writer and the file: is shown each write with the number of bytes before it. */
    private abstract static class Device extends java.io.FilterOutputStream {
        private long written;

        Device(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            long start = written;
            written += len;
            store(b, off, len, start);
        }

        /** What the stick does with {@code len} bytes that follow the first {@code start} ones. */
        abstract void store(byte[] b, int off, int len, long start) throws IOException;
    }

    /** An output stream that fails once {@code failAt} bytes have gone through, like a stick pulled out. */
    static UnaryOperator<OutputStream> failingAfter(long failAt) {
        return out -> new Device(out) {
            @Override
            void store(byte[] b, int off, int len, long start) throws IOException {
                if (start + len > failAt) {
                    out.write(b, off, (int) Math.max(0, failAt - start));
                    throw new IOException("device removed after " + failAt + " bytes");
                }
                out.write(b, off, len);
            }
        };
    }

    /**
     * A stick that lies: it accepts every write and says nothing, but stores byte {@code at} changed
     * (or, with {@code drop}, leaves out the bytes of the write that holds it).
     */
    static UnaryOperator<OutputStream> lyingAt(long at, boolean drop) {
        return out -> new Device(out) {
            @Override
            void store(byte[] b, int off, int len, long start) throws IOException {
                if (at < start || at >= start + len) {
                    out.write(b, off, len);
                } else if (!drop) {
                    byte[] copy = java.util.Arrays.copyOfRange(b, off, off + len);
                    copy[(int) (at - start)] ^= 0x01;
                    out.write(copy);
                }
            }
        };
    }
}
