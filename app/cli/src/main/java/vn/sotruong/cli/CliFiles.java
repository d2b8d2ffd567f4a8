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
}
