package vn.sotruong.desktop.lock;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Watches the scene for input and covers {@code content} with a password prompt after
 * {@code timeout} without any. The timeout is a parameter so tests need not wait ten minutes.
 */
public final class IdleLockOverlay {
    private final IdleLockViewModel vm;
    private final StackPane overlay;
    private final PauseTransition timer;
    private final EventHandler<InputEvent> activity;
    private Scene scene;

    public IdleLockOverlay(IdleLockViewModel vm, UiText text, Node content, Duration timeout) {
        this.vm = vm;
        this.timer = new PauseTransition(javafx.util.Duration.millis(timeout.toMillis()));
        this.timer.setOnFinished(e -> vm.lock());
        this.activity = e -> {
            if (!vm.lockedProperty().get()) {
                timer.playFromStart();
            }
        };

        FontIcon icon = new FontIcon(Material2OutlinedAL.LOCK);
        icon.getStyleClass().add("icon-36"); // sized in app.css: the theme overrides setIconSize
        Label title = Fx.title(text.t("lock.title"));
        Label message = new Label();
        message.setWrapText(true);
        PasswordField password = new PasswordField();
        password.setId("lock-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        Button unlock = new Button(text.t("lock.unlock"));
        unlock.setId("lock-unlock");
        unlock.setDefaultButton(true);
        unlock.getStyleClass().add(Styles.ACCENT);
        unlock.disableProperty().bind(vm.busyProperty().or(vm.passwordProperty().isEmpty()));
        unlock.setOnAction(e -> vm.unlock());
        Button signOut = new Button(text.t("lock.signOut"));
        signOut.setId("lock-signout");
        signOut.setOnAction(e -> vm.signOut());
        VBox card = new VBox(14, icon, title, message, password, Fx.errorLabel(vm.errorProperty(), "lock-error"),
                Fx.buttons(unlock, signOut));
        card.getStyleClass().add("card-pane");
        card.setMaxSize(420, Region.USE_PREF_SIZE);
        overlay = new StackPane(card);
        overlay.setId("idle-lock");
        overlay.getStyleClass().add("lock-overlay");
        StackPane.setAlignment(card, Pos.CENTER);
        overlay.visibleProperty().bind(vm.lockedProperty());
        // the covered window must not be reachable with Tab while locked
        content.disableProperty().bind(vm.lockedProperty());
        vm.lockedProperty().addListener((o, was, now) -> {
            if (now) {
                message.setText(vm.message());
                timer.stop();
                password.requestFocus();
            } else {
                timer.playFromStart();
            }
        });
    }

    public Node node() {
        return overlay;
    }

    /** Starts watching the scene's input; call once the window shows. */
    public void attach(Scene s) {
        detach();
        this.scene = s;
        for (EventType<? extends InputEvent> t : java.util.List.of(KeyEvent.KEY_PRESSED, MouseEvent.MOUSE_MOVED,
                MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_DRAGGED, ScrollEvent.SCROLL)) {
            s.addEventFilter(t, activity);
        }
        timer.playFromStart();
    }

    /** Stops the timer and the input watch (sign-out, window closed). */
    public void detach() {
        timer.stop();
        if (scene != null) {
            for (EventType<? extends InputEvent> t : java.util.List.of(KeyEvent.KEY_PRESSED, MouseEvent.MOUSE_MOVED,
                    MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_DRAGGED, ScrollEvent.SCROLL)) {
                scene.removeEventFilter(t, activity);
            }
            scene = null;
        }
    }

    /** How long without input before the lock: the school's setting as it was at sign-in. */
    public Duration timeout() {
        return Duration.ofMillis((long) timer.getDuration().toMillis());
    }

    /** Changes the idle time from the next restart of the timer (a settings change, or a test). */
    public void timeout(Duration d) {
        timer.setDuration(javafx.util.Duration.millis(d.toMillis()));
    }

    public IdleLockViewModel viewModel() {
        return vm;
    }
}
