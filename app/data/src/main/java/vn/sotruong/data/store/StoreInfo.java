package vn.sotruong.data.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import vn.sotruong.core.common.PropertiesFile;

/**
 * {@code store.properties} beside the database: which app, schema and H2 versions last wrote it.
 * Read before H2 opens the file, because an older H2 must not open a newer H2's file.
 */
record StoreInfo(String appVersion, String schemaVersion, String h2Version) {
    static final String FILE = "store.properties";

    static Optional<StoreInfo> read(Path dir) {
        return PropertiesFile.read(dir.resolve(FILE)).map(p -> new StoreInfo(p.getProperty("app.version", "0"),
                p.getProperty("schema.version", "0"), p.getProperty("h2.version", "0")));
    }

    void write(Path dir) {
        Properties p = new Properties();
        p.setProperty("app.version", appVersion);
        p.setProperty("schema.version", schemaVersion);
        p.setProperty("h2.version", h2Version);
        Path tmp = dir.resolve(FILE + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "So Truong store: written by the app, do not edit");
            }
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
