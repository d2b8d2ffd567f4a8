package vn.sotruong.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files a command reads or writes: a missing one (or a missing folder to write in) is the caller's mistake, exit 2. */
final class CliFiles {
    private CliFiles() {
    }

    static Path input(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageProblem("cli.fileNotFound", file.toString());
        }
        return file;
    }

    static Path output(Path out) {
        Path target = out.toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new UsageProblem("cli.folderNotFound", String.valueOf(target.getParent()));
        }
        return target;
    }

    /** The whole file (already checked with {@link #input}). */
    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes the bytes to {@code out} (already checked with {@link #output}). */
    static void write(Path out, byte[] content) {
        try {
            Files.write(out, content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
