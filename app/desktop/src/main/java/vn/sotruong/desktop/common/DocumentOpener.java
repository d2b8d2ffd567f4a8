package vn.sotruong.desktop.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Mở tài liệu: shows a document (a signed minute's PDF, an evidence photo) in the program the system uses for it.
 * A port so that tests record what would be opened instead of launching viewers.
 */
@FunctionalInterface
public interface DocumentOpener {
    /** Opens {@code content} named {@code fileName}; false when the system offers no viewer. */
    boolean open(String fileName, byte[] content);

    /** The system's viewer: the bytes go to a private temporary file, opened off the FX thread. */
    static DocumentOpener system() {
        return (fileName, content) -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                return false;
            }
            Path file;
            try {
                Path dir = Files.createTempDirectory("sotruong-open-");
                file = Files.write(dir.resolve(safe(fileName)), content);
                file.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
            } catch (IOException e) {
                return false;
            }
            Thread.ofVirtual().name("sotruong-open-document").start(() -> {
                try {
                    Desktop.getDesktop().open(file.toFile());
                } catch (IOException | RuntimeException e) {
                    System.getLogger(DocumentOpener.class.getName()).log(System.Logger.Level.WARNING,
                            "could not open " + file, e);
                }
            });
            return true;
        };
    }

    /** The file's own name without any folder part. */
    private static String safe(String fileName) {
        String name = fileName.replaceAll("[\\\\/:*?\"<>|]", "_").strip();
        return name.isEmpty() ? "tai-lieu" : name;
    }
}
