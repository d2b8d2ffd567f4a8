package vn.sotruong.data.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotruong.data.store.FileTrees;

/**
 * The {@code previous-<stamp>/} folders a restore leaves beside the store (the data as it was before). Each is a
 * whole store, so they are pruned after every successful restore: the one just made is always kept, and of the
 * others only the most recently written ones, by the file system's time rather than the stamp in the name (a
 * clock set wrong when one was made cannot make a newer one look older). The backups themselves are untouched.
 */
public final class PreviousStores {
    /** The just-made previous store and one before it. */
    public static final int KEEP = 2;
    private static final Logger LOG = LoggerFactory.getLogger(PreviousStores.class);

    private PreviousStores() {
    }

    /** Removes all but {@code keep} previous stores in {@code dataDir}, never {@code justMade}; returns those removed. */
    public static List<Path> prune(Path dataDir, Path justMade, int keep) {
        List<Path> others = new ArrayList<>();
        try (var dirs = Files.newDirectoryStream(dataDir, "previous-*")) {
            for (Path d : dirs) {
                if (Files.isDirectory(d) && !sameFolder(d, justMade)) {
                    others.add(d);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list the previous stores in {}: {}", dataDir, e.toString());
            return List.of();
        }
        others.sort(Comparator.comparing(PreviousStores::written).reversed());
        List<Path> removed = new ArrayList<>();
        for (Path d : others.subList(Math.min(others.size(), Math.max(0, keep - 1)), others.size())) {
            if (FileTrees.deleteQuietly(d)) {
                LOG.info("Removed the older previous store {}", d);
                removed.add(d);
            } else {
                LOG.warn("Could not remove the older previous store {}", d);
            }
        }
        return removed;
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return b != null && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static FileTime written(Path d) {
        try {
            return Files.getLastModifiedTime(d);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
