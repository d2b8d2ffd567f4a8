package vn.sotruong.data.store;

import java.nio.file.Path;
import java.util.Locale;

/** Where the store lives when no {@code --data DIR} is given: the per-user data folder. */
public final class DataFolders {
    private DataFolders() {
    }

    public static Path defaultDataDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null && !appData.isBlank() ? appData : home, "SoTruong");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "SoTruong");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(home, ".local", "share").toString(), "sotruong");
    }
}
