package vn.sotruong.desktop.login;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.security.AuthService;
import vn.sotruong.core.security.LoginResult;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Sign-in. Shows only what the service says (wrong password, wait, locked): the service answers the
 * same for unknown logins, and so must this screen.
 */
public final class LoginViewModel {
    private final AuthService auth;
    private final UiText text;
    private final Background background;
    private final String workstation;
    private final Consumer<LoginResult> onSignedIn;
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canSubmit = login.isNotEmpty().and(password.isNotEmpty()).and(busy.not());

    public LoginViewModel(AuthService auth, UiText text, Background background, String workstation,
                          Consumer<LoginResult> onSignedIn) {
        this.auth = auth;
        this.text = text;
        this.background = background;
        this.workstation = workstation;
        this.onSignedIn = onSignedIn;
    }

    public void submit() {
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
        background.run(() -> auth.login(name, pw, workstation), result -> {
            Arrays.fill(pw, '\0');
            busy.set(false);
            password.set("");
            onSignedIn.accept(result);
        }, failure -> {
            Arrays.fill(pw, '\0');
            busy.set(false);
            // a wrong password must be typed again, never reused by accident
            password.set("");
            error.set(text.error(failure));
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

    public BooleanBinding canSubmit() {
        return canSubmit;
    }
}
