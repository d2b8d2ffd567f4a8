package vn.sotruong.desktop.login;

import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.security.AuthService;
import vn.sotruong.core.security.LoginResult;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.common.SignInForm;
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
    private final SignInForm form = new SignInForm();

    public LoginViewModel(AuthService auth, UiText text, Background background, String workstation,
                          Consumer<LoginResult> onSignedIn) {
        this.auth = auth;
        this.text = text;
        this.background = background;
        this.workstation = workstation;
        this.onSignedIn = onSignedIn;
    }

    public void submit() {
        form.submit(text, background, (name, pw) -> auth.login(name, pw, workstation), onSignedIn,
                failure -> form.errorProperty().set(text.error(failure)));
    }

    public StringProperty loginProperty() {
        return form.loginProperty();
    }

    public StringProperty passwordProperty() {
        return form.passwordProperty();
    }

    public StringProperty errorProperty() {
        return form.errorProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    public BooleanBinding canSubmit() {
        return form.filled();
    }
}
