package vn.sotruong.desktop.registers;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/** Mở thư mục: shows a folder in the system's file manager, when the system offers one. */
final class FolderOpener {
    private FolderOpener() {
    }

    static boolean available() {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    }

    /** Opens the folder off the FX thread (the file manager may take a moment); false when it cannot. */
    static boolean open(Path folder) {
        if (!available()) {
            return false;
        }
        Thread.ofVirtual().name("sotruong-open-folder").start(() -> {
            try {
                Desktop.getDesktop().open(folder.toFile());
            } catch (IOException | RuntimeException e) {
                System.getLogger(FolderOpener.class.getName()).log(System.Logger.Level.WARNING,
                        "could not open " + folder, e);
            }
        });
        return true;
    }
}
