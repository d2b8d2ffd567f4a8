package vn.sotruong.desktop;

import javafx.application.Application;

/**
 * The product's single entry point. Not an {@link Application} itself, so a class-path launch (Maven,
 * the jpackage app-image) starts without the "JavaFX runtime components are missing" refusal.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(SoTruongApp.class, args);
    }
}
