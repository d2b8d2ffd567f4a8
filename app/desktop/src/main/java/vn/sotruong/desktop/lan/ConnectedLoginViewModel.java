package vn.sotruong.desktop.lan;

import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.wire.Wire.LoginAnswer;

/**
 * Đăng nhập trên máy trạm: signs in at the office PC this computer is paired with (the same accounts, rules and
 * throttling as there). While the office PC has not approved this workstation yet, the screen says so and asks again
 * by itself ({@link #checkApproval}, called every few seconds by the view) until it may sign in.
 */
public final class ConnectedLoginViewModel {
    private final WorkstationPairing pairing;
    private final OfficeClient client;
    private final UiText text;
    private final Background background;
    private final Consumer<LoginAnswer> onSignedIn;
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty waitingApproval = new SimpleBooleanProperty(false);
    private final BooleanBinding canSubmit = login.isNotEmpty().and(password.isNotEmpty()).and(busy.not())
            .and(waitingApproval.not());

    public ConnectedLoginViewModel(WorkstationPairing pairing, OfficeClient client, UiText text, Background background,
                                   Consumer<LoginAnswer> onSignedIn) {
        this.pairing = pairing;
        this.client = client;
        this.text = text;
        this.background = background;
        this.onSignedIn = onSignedIn;
    }

    /** "Máy văn phòng 192.168.1.10:8443" — where this workstation works. */
    public String office() {
        return pairing.office().toString();
    }

    public OfficeClient client() {
        return client;
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
        background.run(() -> client.login(name, pw), answer -> {
            java.util.Arrays.fill(pw, '\0');
            busy.set(false);
            password.set("");
            onSignedIn.accept(answer);
        }, failure -> {
            java.util.Arrays.fill(pw, '\0');
            busy.set(false);
            password.set("");
            if (failure instanceof DomainException d && d.code().equals("lan.pairingPending")) {
                waitingApproval.set(true);
                status.set(text.t("ws.login.waiting", pairing.code()));
            } else {
                error.set(text.error(failure));
            }
        });
    }

    /** While waiting for the administrator's approval: asks the office PC whether it came. */
    public void checkApproval() {
        if (!waitingApproval.get() || busy.get()) {
            return;
        }
        background.run(client::pairingStatus, s -> {
            if (s.status().equals("APPROVED")) {
                waitingApproval.set(false);
                status.set(text.t("ws.login.approved"));
            } else if (s.status().equals("REVOKED")) {
                waitingApproval.set(false);
                error.set(text.code("lan.revoked"));
            }
        }, failure -> error.set(text.error(failure)));
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

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty waitingApprovalProperty() {
        return waitingApproval;
    }

    public BooleanBinding canSubmit() {
        return canSubmit;
    }
}
