package vn.sotruong.desktop.pupils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.desktop.common.Session;

/** Hồ sơ chuyển trường from the desktop: both formats (PDF and xlsx) into a folder the user chose. */
final class DossierFiles {
    private DossierFiles() {
    }

    /** Refused with {@code dossier.outNotWritable} unless the folder exists, so a form can check before it saves. */
    static Path requireFolder(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new DomainException("dossier.outNotWritable", String.valueOf(folder));
        }
        return folder;
    }

    /** Writes the dossier; returns the files' names, comma-separated, for the info line. */
    static String export(Session session, long pupilId, Path folder) {
        List<Path> files = session.services().dossiers().export(session.actor(), pupilId, requireFolder(folder),
                vn.sotruong.cli.DossierFormats.writers());
        return String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList());
    }
}
