package vn.sotruong.data.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import vn.sotruong.core.common.DomainException;

/**
 * One running instance per store: an OS file lock held for as long as the store is open, so a
 * second window, a command run meanwhile, or a second PC on a shared folder gets a clear refusal
 * instead of touching the database file.
 */
final class StoreLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static StoreLock acquire(Path dir) {
        FileChannel ch;
        try {
            ch = FileChannel.open(dir.resolve("sotruong.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new DomainException("store.folderNotWritable", dir.toString());
        }
        try {
            FileLock l = ch.tryLock();
            if (l == null) {
                close(ch);
                throw new DomainException("store.inUse", dir.toString());
            }
            return new StoreLock(ch, l);
        } catch (OverlappingFileLockException | IOException e) {
            close(ch);
            throw new DomainException("store.inUse", dir.toString());
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel's close below releases it anyway
        }
        close(channel);
    }

    private static void close(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
