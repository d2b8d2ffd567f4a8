package vn.sotruong.desktop.backup;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which removable drives (USB sticks) are plugged in. Plain java.nio, so it works without a store or
 * a user. (What a folder holds comes from the backup service, which knows which files it verified.)
 */
public final class BackupFiles {
    /**
     * The data module's {@code BackupFileName.SUFFIX} is package-private; the name is fixed by ADR 0010,
     * so repeating it here (for the file chooser's filter) cannot drift unnoticed.
     */
    static final String SUFFIX = ".sotruong.gpg";

    private final List<Path> mountParents;
    private final boolean windows;

    /**
     * @param mountParents folders whose sub-folders are mounted removable drives (Linux desktops mount
     *                     sticks in {@code /media/<user>/} or {@code /run/media/<user>/})
     */
    public BackupFiles(List<Path> mountParents, boolean windows) {
        this.mountParents = List.copyOf(mountParents);
        this.windows = windows;
    }

    /** This machine's usual places. */
    public static BackupFiles forThisMachine() {
        String user = System.getProperty("user.name", "");
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return new BackupFiles(List.of(Path.of("/media", user), Path.of("/run/media", user)), windows);
    }

    /** Plugged-in removable drives, in name order; empty when none is found or detection does not apply. */
    public List<Path> removableDrives() {
        List<Path> out = new ArrayList<>();
        for (Path parent : mountParents) {
            if (!Files.isDirectory(parent)) {
                continue;
            }
            try (DirectoryStream<Path> mounts = Files.newDirectoryStream(parent, Files::isDirectory)) {
                mounts.forEach(out::add);
            } catch (IOException e) {
                // a parent we may not list: no drives from there
            }
        }
        if (windows) {
            out.addAll(windowsRemovableRoots());
        }
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }

    /**
     * How a drive is shown: its path, and the volume's label where the system gives one ({@code E:\ — KINGSTON};
     * on Linux the mount folder is usually already named after the label).
     */
    public static String shown(Path drive) {
        if (drive.getFileName() != null) {
            // a mount folder (/media/<user>/KINGSTON): its name is the label; the store's name is the device
            return drive.toString();
        }
        String label;
        try {
            label = Files.getFileStore(drive).name();
        } catch (IOException | SecurityException e) {
            label = "";
        }
        return label == null || label.isBlank() ? drive.toString() : drive + " — " + label;
    }

    /**
     * Windows' file store answers "volume:isRemovable" for drive roots; an empty card reader or a
     * network drive that does not answer is simply left out. Not exercised by the tests (Linux CI).
     */
    private static List<Path> windowsRemovableRoots() {
        List<Path> out = new ArrayList<>();
        for (File root : File.listRoots()) {
            try {
                Path p = root.toPath();
                if (Boolean.TRUE.equals(Files.getFileStore(p).getAttribute("volume:isRemovable"))) {
                    out.add(p);
                }
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                // not removable as far as we can tell
            }
        }
        return out;
    }
}
