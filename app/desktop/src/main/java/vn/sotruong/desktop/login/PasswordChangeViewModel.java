package vn.sotruong.desktop.login;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.AuthService;
import vn.sotruong.core.security.PasswordChange;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.i18n.UiText;

/**
 * The signed-in person changes their own password: forced after a reset, a new account or expiry,
 * or by choice from the menu. The rules are the service's; only "typed twice the same" is checked here.
 */
public final class PasswordChangeViewModel {
    private final AuthService auth;
    private final Actor actor;
    private final UiText text;
    private final Background background;
    private final Consumer<Actor> onChanged;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canSubmit = current.isNotEmpty().and(next.isNotEmpty()).and(repeat.isNotEmpty())
            .and(busy.not());
    private final String reason;

    /**
     * @param due why the change is forced, or null when the person chose to change it
     * @param onChanged receives the actor the service returns, with full permissions
     */
    public PasswordChangeViewModel(AuthService auth, Actor actor, PasswordChange due, UiText text,
                                   Background background, Consumer<Actor> onChanged) {
        this.auth = auth;
        this.actor = actor;
        this.text = text;
        this.background = background;
        this.onChanged = onChanged;
        this.reason = due == null ? "" : text.t("password.reason." + due.name());
    }

    public String reason() {
        return reason;
    }

    public String rules() {
        return text.t("password.rules", auth.securitySettings().minPasswordLength());
    }

    public String userName() {
        return actor.fullName() + " (" + actor.login() + ")";
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        if (!next.get().equals(repeat.get())) {
            error.set(text.code("password.mismatch"));
            return;
        }
        char[] cur = current.get().toCharArray();
        char[] pw = next.get().toCharArray();
        busy.set(true);
        error.set("");
        background.run(() -> auth.changeOwnPassword(actor, cur, pw), updated -> {
            clear(cur, pw);
            busy.set(false);
            onChanged.accept(updated);
        }, failure -> {
            clear(cur, pw);
            busy.set(false);
            error.set(text.error(failure));
        });
    }

    private static void clear(char[] a, char[] b) {
        Arrays.fill(a, '\0');
        Arrays.fill(b, '\0');
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty repeatProperty() {
        return repeat;
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
