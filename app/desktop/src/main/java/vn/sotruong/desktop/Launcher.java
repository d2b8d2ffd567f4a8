package vn.sotruong.desktop;

import javafx.application.Application;
import vn.sotruong.cli.Cli;

/**
 * The product's single entry point: with a command it is the command line, without one the
 * desktop app. Not an {@link Application} itself, so a class-path launch (Maven, the jpackage
 * app-image) starts without the "JavaFX runtime components are missing" refusal.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        Application.launch(SoTruongApp.class, args);
    }
}
