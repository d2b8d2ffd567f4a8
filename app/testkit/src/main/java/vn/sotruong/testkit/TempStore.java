package vn.sotruong.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.data.store.FileTrees;
import vn.sotruong.data.store.Store;

/**
 * A real store in a fresh temporary folder, for tests of other modules: opened (migrated, locked)
 * on creation, closed and deleted on {@link #close()}. Use with try-with-resources.
 */
public final class TempStore implements AutoCloseable {
    private final Path dir;
    private final Store store;

    private TempStore(Path dir, Store store) {
        this.dir = dir;
        this.store = store;
    }

    public static TempStore open() {
        return open(Clock.systemUTC());
    }

    public static TempStore open(Clock clock) {
        Path dir;
        try {
            dir = Files.createTempDirectory("sotruong-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new TempStore(dir, Store.open(dir, clock));
        } catch (RuntimeException e) {
            deleteQuietly(dir);
            throw e;
        }
    }

    public Store store() {
        return store;
    }

    public CoreServices services() {
        return store.services();
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path root) {
        // a temp folder left behind is harmless; failing the test for it would hide the real result
        FileTrees.deleteQuietly(root);
    }
}
