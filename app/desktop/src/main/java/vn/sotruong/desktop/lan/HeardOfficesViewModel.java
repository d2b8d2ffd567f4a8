package vn.sotruong.desktop.lan;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.server.client.HeardOffice;
import vn.sotruong.server.client.OfficeListener;

/**
 * Máy văn phòng tìm thấy trên mạng: while the pairing screen is open, the office PCs whose announcements this computer
 * hears; choosing one fills in the address (typing it still works). Listening may be impossible (the port is taken):
 * the note says so and typing remains.
 */
public final class HeardOfficesViewModel implements AutoCloseable {
    private final ObservableList<HeardOffice> offices = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty("");
    private final Consumer<String> choose;
    private final UiText text;
    /** Null when this computer cannot listen (the note says why). */
    private final OfficeListener listener;

    /** Listens on UDP {@code port}; {@code choose} receives the address text of the office PC picked. */
    public HeardOfficesViewModel(UiText text, int port, Clock clock, Consumer<String> choose) {
        this.text = text;
        this.choose = choose;
        this.listener = listen(port, clock);
    }

    private OfficeListener listen(int port, Clock clock) {
        try {
            OfficeListener l = OfficeListener.start(port, clock, heard -> Platform.runLater(() -> show(heard)));
            note.set(text.t("pairing.heard.listening"));
            return l;
        } catch (RuntimeException e) {
            note.set(text.error(e));
            return null;
        }
    }

    private void show(List<HeardOffice> heard) {
        offices.setAll(heard);
        note.set(heard.isEmpty() ? text.t("pairing.heard.listening") : text.t("pairing.heard.pick"));
    }

    public void pick(HeardOffice office) {
        if (office != null) {
            choose.accept(office.address().toString());
        }
    }

    public String label(HeardOffice o) {
        return text.t("pairing.heard.item", o.school(), o.address().toString(), o.fingerprintPrefix());
    }

    public ObservableList<HeardOffice> offices() {
        return offices;
    }

    public StringProperty noteProperty() {
        return note;
    }

    @Override
    public void close() {
        if (listener != null) {
            listener.close(); // closing twice is harmless: the socket is closed once
        }
    }
}
