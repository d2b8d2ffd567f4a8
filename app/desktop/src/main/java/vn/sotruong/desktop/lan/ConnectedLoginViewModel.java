package vn.sotruong.desktop.lan;

import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.common.SignInForm;
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
    private final SignInForm form = new SignInForm();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty waitingApproval = new SimpleBooleanProperty(false);
    private final BooleanBinding canSubmit = form.filled().and(waitingApproval.not());

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
        form.submit(text, background, client::login, onSignedIn, failure -> {
            if (failure instanceof DomainException d && d.code().equals("lan.pairingPending")) {
                waitingApproval.set(true);
                status.set(text.t("ws.login.waiting", pairing.code()));
            } else {
                form.errorProperty().set(text.error(failure));
            }
        });
    }

    /** While waiting for the administrator's approval: asks the office PC whether it came. */
    public void checkApproval() {
        if (!waitingApproval.get() || form.busyProperty().get()) {
            return;
        }
        background.run(client::pairingStatus, s -> {
            if (s.status().equals("APPROVED")) {
                waitingApproval.set(false);
                status.set(text.t("ws.login.approved"));
            } else if (s.status().equals("REVOKED")) {
                waitingApproval.set(false);
                form.errorProperty().set(text.code("lan.revoked"));
            }
        }, failure -> form.errorProperty().set(text.error(failure)));
    }

    /** The login name, password, error and busy state, as on the office PC's own sign-in. */
    public SignInForm form() {
        return form;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty waitingApprovalProperty() {
        return waitingApproval;
    }

    public BooleanBinding canSubmit() {
        return canSubmit;
    }
}
