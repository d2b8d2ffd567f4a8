package vn.sotruong.desktop.common;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Ô đăng nhập: the login name and password of a sign-in screen (at this computer or at the office PC). Signs in off
 * the FX thread; the password is wiped from memory and from the field whatever the answer, so a wrong password must
 * be typed again, never reused by accident.
 */
public final class SignInForm {
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding filled = login.isNotEmpty().and(password.isNotEmpty()).and(busy.not());

    /**
     * Signs in with {@code signIn(login, password)}; its answer goes to {@code onSignedIn}, a refusal to
     * {@code onRefused} (which shows it). A blank name or password is refused here with {@code login.required}.
     */
    public <T> void submit(UiText text, Background background, BiFunction<String, char[], T> signIn,
                           Consumer<? super T> onSignedIn, Consumer<Throwable> onRefused) {
        if (busy.get()) {
            return;
        }
        if (login.get().isBlank() || password.get().isEmpty()) {
            error.set(text.t("login.required"));
            return;
        }
        busy.set(true);
        error.set("");
        String name = login.get();
        char[] pw = password.get().toCharArray();
        background.run(() -> signIn.apply(name, pw), result -> {
            Arrays.fill(pw, '\0');
            busy.set(false);
            password.set("");
            onSignedIn.accept(result);
        }, failure -> {
            Arrays.fill(pw, '\0');
            busy.set(false);
            password.set("");
            onRefused.accept(failure);
        });
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Both filled in and not signing in already. */
    public BooleanBinding filled() {
        return filled;
    }
}
