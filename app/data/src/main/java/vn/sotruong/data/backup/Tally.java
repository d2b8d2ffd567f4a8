package vn.sotruong.data.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Counts, and hashes with SHA-256, the bytes going through it — while they are written, not in a second pass. */
final class Tally extends FilterOutputStream {
    private final MessageDigest md = BackupReader.sha256();
    private long count;

    Tally(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        md.update((byte) b);
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        md.update(b, off, len);
        count += len;
    }

    long count() {
        return count;
    }

    /** Hex SHA-256 of everything written; call once, at the end. */
    String sha256() {
        return HexFormat.of().formatHex(md.digest());
    }
}
