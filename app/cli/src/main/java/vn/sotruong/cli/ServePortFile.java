package vn.sotruong.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/** {@code lan/serve.port} in the data folder: the port a running {@code serve} listens on, for {@code lan} commands. */
final class ServePortFile {
    private ServePortFile() {
    }

    static Path of(Path dataDir) {
        return dataDir.resolve("lan").resolve("serve.port");
    }

    static void write(Path dataDir, int port) {
        try {
            Files.writeString(of(dataDir), String.valueOf(port), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static OptionalInt read(Path dataDir) {
        try {
            return OptionalInt.of(Integer.parseInt(Files.readString(of(dataDir), StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(of(dataDir));
        } catch (IOException e) {
            // a stale file only makes a later lan command try a port nobody answers on: it then says so
        }
    }
}
