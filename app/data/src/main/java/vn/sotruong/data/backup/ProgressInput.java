package vn.sotruong.data.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.DoubleConsumer;

/** Counts the bytes taken from a file, for the progress bar: tells {@code progress} the share read so far. */
final class ProgressInput extends FilterInputStream {
    private final long total;
    private final DoubleConsumer progress;
    private long read;

    ProgressInput(InputStream in, long total, DoubleConsumer progress) {
        super(in);
        this.total = total;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    /** Bytes read so far. */
    long bytesRead() {
        return read;
    }

    private void advance(long n) {
        read += n;
        if (total > 0) {
            progress.accept((double) read / total);
        }
    }
}
