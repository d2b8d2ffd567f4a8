package vn.sotruong.data.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import vn.sotruong.core.common.DomainException;

/**
 * Puts a restored database in place of the live one. The live file is first kept under
 * {@code previous-<stamp>/} (a hard link, or a copy where links are not possible), then the restored
 * file replaces the live name in one atomic rename: at every instant the store's name holds either
 * the whole old database or the whole new one, so a power cut mid-way never leaves a mix or nothing.
 */
public final class StoreReplacement {
    /** The database's file name without H2's {@code .mv.db}, for a restore loading a database beside the store. */
    public static final String DATABASE_NAME = Store.DB_NAME;
    private StoreReplacement() {
    }

    /**
     * Swaps the database of {@code restoredDir} (a closed store) into {@code dataDir} (closed too),
     * holding the store's lock meanwhile. Returns the folder that keeps the previous store.
     * Refusal: {@code store.inUse} when another session has the store open.
     */
    public static Path swap(Path dataDir, Path restoredDir, String stamp) {
        return swap(dataDir, restoredDir, stamp, step -> {
        });
    }

    /** The points of a swap, for a caller's progress (and the kill -9 tests that stop a process exactly there). */
    public enum Step {
        /** The live files are kept under {@code previous-<stamp>/}; the live name still holds the old database. */
        KEPT,
        /** The live name holds the restored database; its {@code store.properties} follows. */
        DATABASE_REPLACED
    }

    /** {@link #swap(Path, Path, String)}, telling {@code steps} as each point is passed. */
    public static Path swap(Path dataDir, Path restoredDir, String stamp, java.util.function.Consumer<Step> steps) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try (StoreLock lock = StoreLock.acquire(dir)) {
            Path previous = Files.createDirectories(dir.resolve("previous-" + stamp));
            Path live = dir.resolve(Store.DB_NAME + ".mv.db");
            Path info = dir.resolve(StoreInfo.FILE);
            for (Path f : new Path[] {live, info}) {
                if (Files.exists(f)) {
                    keep(f, previous.resolve(f.getFileName()));
                }
            }
            Path trace = dir.resolve(Store.DB_NAME + ".trace.db");
            if (Files.exists(trace)) {
                Files.move(trace, previous.resolve(trace.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            // the copy of the audit checkpoints belongs to the database it was signed in: it goes with it, so the
            // restored chain is checked against its own checkpoints (ADR 0031)
            Path checkpoints = dir.resolve(vn.sotruong.data.signature.CheckpointFile.FOLDER);
            if (Files.isDirectory(checkpoints)) {
                Files.move(checkpoints, previous.resolve(checkpoints.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(previous);
            steps.accept(Step.KEPT);
            Path restored = restoredDir.resolve(Store.DB_NAME + ".mv.db");
            force(restored);
            Files.move(restored, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(dir);
            steps.accept(Step.DATABASE_REPLACED);
            // store.properties after the database: both the old and the restored one describe a store
            // this build may open, so a cut between the two renames is harmless
            Files.move(restoredDir.resolve(StoreInfo.FILE), info, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(dir);
            return previous;
        } catch (IOException e) {
            throw new DomainException("store.openFailed", dir.toString(), e.getMessage());
        }
    }

    private static void keep(Path f, Path target) throws IOException {
        Files.deleteIfExists(target);
        try {
            Files.createLink(target, f);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
            force(target);
        }
    }

    private static void force(Path f) throws IOException {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes the renames durable where the OS allows syncing a folder (Linux); elsewhere a no-op. */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UncheckedIOException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }
}
