package vn.sotruong.desktop.lock;

import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.AuthService;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.i18n.UiText;

/**
 * The idle lock: after the school's idle time the window hides its content until the signed-in
 * person types their password again. Unlock attempts are not sign-ins, so they are not throttled
 * by the service; after as many failures as would lock a login, the session is ended instead.
 */
public final class IdleLockViewModel {
    private final AuthService auth;
    private final java.util.function.Supplier<Actor> actor;
    private final UiText text;
    private final Background background;
    private final Runnable onSignOut;
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private int failures;

    public IdleLockViewModel(AuthService auth, java.util.function.Supplier<Actor> actor, UiText text,
                             Background background, Runnable onSignOut) {
        this.auth = auth;
        this.actor = actor;
        this.text = text;
        this.background = background;
        this.onSignOut = onSignOut;
    }

    public void lock() {
        password.set("");
        error.set("");
        locked.set(true);
    }

    public void unlock() {
        if (busy.get() || !locked.get()) {
            return;
        }
        char[] pw = password.get().toCharArray();
        busy.set(true);
        background.run(() -> auth.confirmPassword(actor.get(), pw), ok -> {
            Arrays.fill(pw, '\0');
            busy.set(false);
            password.set("");
            if (ok) {
                failures = 0;
                error.set("");
                locked.set(false);
            } else if (++failures >= auth.securitySettings().failuresBeforeLock()) {
                onSignOut.run();
            } else {
                error.set(text.t("lock.wrongPassword"));
            }
        }, failure -> {
            Arrays.fill(pw, '\0');
            busy.set(false);
            error.set(text.error(failure));
        });
    }

    public void signOut() {
        onSignOut.run();
    }

    public String message() {
        return text.t("lock.message", auth.securitySettings().idleLockMinutes(), actor.get().fullName());
    }

    public BooleanProperty lockedProperty() {
        return locked;
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
}
