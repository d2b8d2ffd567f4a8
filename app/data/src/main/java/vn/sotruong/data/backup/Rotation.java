package vn.sotruong.data.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * What rotation did after a new backup was verified in a folder.
 *
 * @param removed the older generations deleted
 * @param kept this school's verified backups left in the folder, the new one included
 * @param datedLater backups kept only because they are dated after the new one: more than
 *                   zero means this PC's clock is (or was) set wrong, which the page says
 */
public record Rotation(List<Path> removed, int kept, int datedLater) {
    public Rotation {
        removed = List.copyOf(removed);
    }

    static Rotation none() {
        return new Rotation(List.of(), 0, 0);
    }
}
