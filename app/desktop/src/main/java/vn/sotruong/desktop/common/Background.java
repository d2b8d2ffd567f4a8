package vn.sotruong.desktop.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs slow work (password hashing, creating a school) off the FX thread and hands the outcome
 * back on it, so the window never freezes. Tests may pass {@link #direct()} to run in place.
 */
public interface Background {
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Production: a virtual thread per job, results delivered with {@link Platform#runLater}. */
    static Background fx() {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess,
                                Consumer<? super Throwable> onFailure) {
                Thread.ofVirtual().name("sotruong-background").start(() -> {
                    try {
                        T result = work.call();
                        Platform.runLater(() -> onSuccess.accept(result));
                    } catch (Throwable e) {
                        Platform.runLater(() -> onFailure.accept(e));
                    }
                });
            }
        };
    }

    /** Runs the work on the calling thread: deterministic tests. */
    static Background direct() {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess,
                                Consumer<? super Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Throwable e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
