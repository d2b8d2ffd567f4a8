package vn.sotruong.desktop.lan;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.lan.LanSharing;
import vn.sotruong.core.lan.RoomSchedule;
import vn.sotruong.core.lan.Workstation;
import vn.sotruong.core.lan.WorkstationStatus;
import vn.sotruong.data.store.Store;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Máy trạm (at the office PC): the "Chia sẻ mạng nội bộ" switch that serves the LAN from this app, the workstations
 * that asked to pair (approve by the code both screens show, revoke), and the computer-room schedule. The services
 * check the administrator's permission on every call.
 */
public final class WorkstationsViewModel {
    /** One line of the list: the workstation and how many sessions it has open now. */
    public record Row(Workstation workstation, long sessions) {
    }

    private final Session session;
    private final Store store;
    private final LanHost host;
    private final UiText text;
    private final BooleanProperty sharing = new SimpleBooleanProperty();
    private final BooleanProperty announce = new SimpleBooleanProperty(true);
    private final StringProperty bind = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty serving = new SimpleStringProperty("");
    private final StringProperty fingerprint = new SimpleStringProperty("");
    private final StringProperty sharingError = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty listError = new SimpleStringProperty("");
    private final StringProperty listInfo = new SimpleStringProperty("");
    private final StringProperty weekly = new SimpleStringProperty("");
    private final StringProperty days = new SimpleStringProperty("");
    private final StringProperty scheduleState = new SimpleStringProperty("");
    private final StringProperty scheduleError = new SimpleStringProperty("");
    private final StringProperty scheduleInfo = new SimpleStringProperty("");

    public WorkstationsViewModel(Session session, Store store, LanHost host, UiText text) {
        this.session = session;
        this.store = store;
        this.host = host;
        this.text = text;
        LanSharing s = store.lanSharing().current();
        bind.set(s.bind());
        port.set(String.valueOf(s.port()));
        announce.set(s.announce());
        showServing();
        host.startupFailure().ifPresent(e -> sharingError.set(text.error(e)));
        reload();
        showSchedule(store.roomSchedule().view(session.actor()));
    }

    /** Turns sharing on or off: saved as the school's setting first (refused: nothing changes), then served. */
    public boolean switchSharing(boolean on) {
        sharingError.set("");
        LanSharing before = store.lanSharing().current();
        boolean ok = Attempt.run(text, sharingError, () -> {
            LanSharing saved = store.lanSharing().update(session.actor(), on, bind.get(), port.get(), announce.get());
            if (!on) {
                host.stop();
                return;
            }
            try {
                host.start(saved);
            } catch (RuntimeException e) {
                // the port is taken or the address is not this PC's: the setting goes back to what it was
                store.lanSharing().update(session.actor(), before.on(), before.bind(), String.valueOf(before.port()),
                        before.announce());
                throw e;
            }
        });
        showServing();
        return ok;
    }

    private void showServing() {
        var now = host.serving();
        sharing.set(now.isPresent());
        serving.set(now.map(s -> text.t("lan.host.serving", String.join(", ", s.addresses().stream()
                .map(a -> a + ":" + s.port()).toList()))).orElse(text.t("lan.host.off")));
        fingerprint.set(now.map(s -> text.t("lan.host.fingerprint", s.fingerprint())).orElse(""));
    }

    public final void reload() {
        listError.set("");
        Attempt.run(text, listError, () -> {
            Map<Long, Long> open = host.openSessions();
            rows.setAll(store.workstations().list(session.actor()).stream()
                    .map(w -> new Row(w, open.getOrDefault(w.id(), 0L))).toList());
        });
    }

    /** Approves the selected waiting workstation (after the administrator compared the code on both screens). */
    public boolean approve(Row row) {
        if (row != null && row.workstation().status() != WorkstationStatus.PENDING) {
            row = null;
        }
        return decide(row, "lan.host.selectPending", w -> store.workstations().approve(session.actor(), w.id()),
                w -> text.t("lan.host.approved", w.name(), code(w.pairingCode())));
    }

    public boolean revoke(Row row) {
        return decide(row, "lan.host.selectOne", w -> store.workstations().revoke(session.actor(), w.id()),
                w -> text.t("lan.host.revoked", w.name()));
    }

    /** One decision on the selected row: nothing selected says {@code selectKey}; a refusal is shown, not thrown. */
    private boolean decide(Row row, String selectKey, java.util.function.Consumer<Workstation> call,
                           java.util.function.Function<Workstation, String> done) {
        listInfo.set("");
        if (row == null) {
            listError.set(text.t(selectKey));
            return false;
        }
        boolean ok = Attempt.run(text, listError, () -> call.accept(row.workstation()));
        if (ok) {
            reload();
            listInfo.set(done.apply(row.workstation()));
        }
        return ok;
    }

    /** Saves the schedule as typed, one window a line; a refused line changes nothing and is named. */
    public boolean saveSchedule() {
        scheduleInfo.set("");
        RoomSchedule[] saved = new RoomSchedule[1];
        boolean ok = Attempt.run(text, scheduleError, () -> saved[0] = store.roomSchedule().set(session.actor(),
                lines(weekly.get()), lines(days.get())));
        if (ok) {
            showSchedule(saved[0]);
            scheduleInfo.set(text.t("lan.schedule.saved"));
        }
        return ok;
    }

    public boolean clearSchedule() {
        scheduleInfo.set("");
        RoomSchedule[] saved = new RoomSchedule[1];
        boolean ok = Attempt.run(text, scheduleError, () -> saved[0] = store.roomSchedule().clear(session.actor()));
        if (ok) {
            showSchedule(saved[0]);
            scheduleInfo.set(text.t("lan.schedule.cleared"));
        }
        return ok;
    }

    private void showSchedule(RoomSchedule s) {
        weekly.set(String.join("\n", s.weeklyLines()));
        // "closed" in the stored form; the school's word on the page (both are read back)
        days.set(String.join("\n", s.dayLines().stream()
                .map(l -> l.endsWith(" closed") ? l.replace(" closed", " " + text.t("lan.schedule.closedWord")) : l)
                .toList()));
        scheduleState.set(s.empty() ? text.t("lan.schedule.always")
                : text.t("lan.schedule.count", s.weekly().size(), s.days().size()));
    }

    private static List<String> lines(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("\\R")).filter(l -> !l.isBlank()).toList();
    }

    /** The code as both screens show it: {@code 123 456}. */
    public static String code(String c) {
        return c.length() == 6 ? c.substring(0, 3) + " " + c.substring(3) : c;
    }

    public String status(Workstation w) {
        return text.t("lan.host.status." + w.status().name());
    }

    public String when(java.time.Instant at) {
        return at == null ? "" : text.dateTime(at, Session.SCHOOL_ZONE);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public BooleanProperty sharingProperty() {
        return sharing;
    }

    public BooleanProperty announceProperty() {
        return announce;
    }

    public StringProperty bindProperty() {
        return bind;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty servingProperty() {
        return serving;
    }

    public StringProperty fingerprintProperty() {
        return fingerprint;
    }

    public StringProperty sharingErrorProperty() {
        return sharingError;
    }

    public StringProperty listErrorProperty() {
        return listError;
    }

    public StringProperty listInfoProperty() {
        return listInfo;
    }

    public StringProperty weeklyProperty() {
        return weekly;
    }

    public StringProperty daysProperty() {
        return days;
    }

    public StringProperty scheduleStateProperty() {
        return scheduleState;
    }

    public StringProperty scheduleErrorProperty() {
        return scheduleError;
    }

    public StringProperty scheduleInfoProperty() {
        return scheduleInfo;
    }
}
