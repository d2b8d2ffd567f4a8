package vn.sotruong.desktop.lan;

import java.nio.file.Path;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.server.client.OfficeAddress;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.wire.Wire.PairStatus;

/**
 * Kết nối máy văn phòng: this computer asks the office PC to pair, shows the six digits the administrator compares
 * with the office PC's list, then asks whether it was approved and keeps the pairing (the pinned certificate) in
 * this computer's data folder. Refusals and network failures are shown translated; nothing is kept until approved.
 */
public final class OfficePairingViewModel {
    private final UiText text;
    private final Background background;
    private final Path dataDir;
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty fingerprint = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty paired = new SimpleBooleanProperty(false);
    private final ObjectProperty<WorkstationPairing> pairing = new SimpleObjectProperty<>();
    /** One request per visit: asking again would make another waiting workstation with another code. */
    private final BooleanBinding canRequest = address.isNotEmpty().and(name.isNotEmpty()).and(busy.not())
            .and(pairing.isNull());
    private final BooleanBinding canCheck = pairing.isNotNull().and(busy.not()).and(paired.not());

    public OfficePairingViewModel(UiText text, Background background, Path dataDir, String computerName) {
        this.text = text;
        this.background = background;
        this.dataDir = dataDir;
        this.name.set(computerName == null ? "" : computerName);
    }

    /** Asks the office PC at the typed address to pair this computer under the typed name. */
    public void request() {
        if (!canRequest.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        String typed = address.get();
        String as = name.get();
        background.run(() -> OfficeClient.requestPairing(OfficeAddress.parse(typed), as, text.locale()), p -> {
            busy.set(false);
            pairing.set(p);
            code.set(p.code().substring(0, 3) + " " + p.code().substring(3));
            fingerprint.set(p.fingerprint());
            status.set(text.t("pairing.waiting", p.code()));
        }, failure -> {
            busy.set(false);
            error.set(text.error(failure));
        });
    }

    /** Asks whether the administrator approved; once approved the pairing is kept in the data folder. */
    public void check() {
        WorkstationPairing p = pairing.get();
        if (p == null || !canCheck.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        background.run(() -> OfficeClient.paired(p, text.locale()).pairingStatus(), (PairStatus s) -> {
            busy.set(false);
            if (s.status().equals("APPROVED")) {
                p.save(dataDir);
                paired.set(true);
                status.set(text.t("pairing.approved", p.office().toString()));
            } else {
                status.set(text.t("pairing.waiting", p.code()));
            }
        }, failure -> {
            busy.set(false);
            error.set(text.error(failure));
        });
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty fingerprintProperty() {
        return fingerprint;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty pairedProperty() {
        return paired;
    }

    public BooleanBinding canRequest() {
        return canRequest;
    }

    public BooleanBinding canCheck() {
        return canCheck;
    }
}
