package vn.sotruong.desktop.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the start-up benchmark: when {@code SOTRUONG_STARTUP_REPORT} names a file, the milliseconds
 * from process start to the first laid-out frame of the first screen (login or wizard) are written
 * there. With {@code SOTRUONG_EXIT_AFTER_STARTUP=1} the app then quits: a training run for an AOT
 * or CDS cache. Does nothing otherwise.
 */
final class StartupProbe {
    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);
    private final Path report;
    private boolean done;

    private StartupProbe(Path report) {
        this.report = report;
    }

    static StartupProbe fromEnvironment() {
        String f = System.getenv("SOTRUONG_STARTUP_REPORT");
        return new StartupProbe(f == null || f.isBlank() ? null : Path.of(f));
    }

    /** Arms the probe on the scene's next layout pulse. */
    void firstScreenShown(Scene scene) {
        if (report == null || done) {
            return;
        }
        done = true;
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            long ms = Duration.between(start, Instant.now()).toMillis();
            try {
                Files.writeString(report, Long.toString(ms));
            } catch (IOException e) {
                LOG.warn("Cannot write the start-up report {}: {}", report, e.getMessage());
            }
            if ("1".equals(System.getenv("SOTRUONG_EXIT_AFTER_STARTUP"))) {
                javafx.application.Platform.exit();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
