package vn.sotruong.desktop.app;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.stage.Window;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.desktop.attendance.AttendanceViewModel;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.lan.DamagedPairingView;
import vn.sotruong.desktop.lan.UnsentFile;
import vn.sotruong.desktop.lan.UnsentOnLeave;
import vn.sotruong.desktop.lan.ConnectedLoginView;
import vn.sotruong.desktop.lan.ConnectedLoginViewModel;
import vn.sotruong.desktop.lan.ConnectedWindow;
import vn.sotruong.desktop.lan.OfficeAttendance;
import vn.sotruong.desktop.lan.OfficeGradebook;
import vn.sotruong.desktop.lan.WorkstationAttendance;
import vn.sotruong.desktop.lan.WorkstationGridView;
import vn.sotruong.desktop.lan.WorkstationGridViewModel;
import vn.sotruong.desktop.shell.NavItem;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.wire.Wire.LoginAnswer;

/**
 * Chế độ máy trạm: a paired workstation works on the office PC's data (issue 9, ADR 0026) — its sign-in is the
 * office PC's, then the workstation window with Sổ điểm and Điểm danh; signing out goes back to that sign-in.
 */
final class ConnectedFlow {
    private static final System.Logger LOG = System.getLogger(ConnectedFlow.class.getName());
    /** How often a workstation asks for the approval and for others' changes of the open sheet. */
    static final Duration LAN_POLL = Duration.ofSeconds(3);

    /** Puts a screen in the app's window: its name (tests, logs), title and content. */
    interface Screens {
        void show(String name, String title, Parent root);
    }

    private final LiveStore live;
    private final AppConfig config;
    private final Supplier<UiText> text;
    private final Screens screens;
    private final Runnable showPairing;
    private final Window owner;
    private ConnectedWindow connected;
    private UnsentOnLeave leaving;

    ConnectedFlow(LiveStore live, AppConfig config, Supplier<UiText> text, Screens screens, Runnable showPairing,
                  Window owner) {
        this.live = live;
        this.config = config;
        this.text = text;
        this.screens = screens;
        this.showPairing = showPairing;
        this.owner = owner;
    }

    /**
     * When this computer is paired with an office PC ({@code office.properties}), its sign-in is the office PC's; a
     * file that cannot be read is said so, with "Ghép nối lại" (the file is left as it is).
     */
    boolean showLoginIfPaired() {
        Optional<WorkstationPairing> p;
        try {
            p = WorkstationPairing.load(live.store().dataDir());
        } catch (RuntimeException damaged) {
            LOG.log(System.Logger.Level.WARNING, "unreadable " + WorkstationPairing.FILE, damaged);
            close();
            UiText t = text.get();
            screens.show("ws-damaged", t.t("ws.login.title"), new DamagedPairingView(t,
                    live.store().dataDir().resolve(WorkstationPairing.FILE), showPairing).root());
            return true;
        }
        p.ifPresent(pairing -> showLogin(pairing, null));
        return p.isPresent();
    }

    /** @param ended why the last session ended (shown above the sign-in), or null */
    private void showLogin(WorkstationPairing pairing, DomainException ended) {
        close();
        UiText t = text.get();
        OfficeClient client = OfficeClient.paired(pairing, t.locale());
        ConnectedLoginViewModel vm = new ConnectedLoginViewModel(pairing, client, t, config.background(),
                person -> showConnected(pairing, client, person));
        if (ended != null) {
            vm.form().errorProperty().set(t.t("ws.login.sessionEnded", t.error(ended)));
        }
        screens.show("ws-login", t.t("ws.login.title"), new ConnectedLoginView(vm, t, LAN_POLL, showPairing).root());
    }

    private void showConnected(WorkstationPairing pairing, OfficeClient client, LoginAnswer person) {
        UiText t = text.get();
        // both pages' cells the office PC has not confirmed are kept in one file, per office PC and person (ADR 0041)
        UnsentFile kept = new UnsentFile(live.store().dataDir(), pairing.fingerprint(), person.login());
        WorkstationGridViewModel vm = new WorkstationGridViewModel(new OfficeGradebook(client, person), t,
                config.background(), kept.scores());
        AttendanceViewModel marks = new AttendanceViewModel(new OfficeAttendance(client, person), t,
                LocalDate.now(config.clock().withZone(vn.sotruong.desktop.common.Session.SCHOOL_ZONE)),
                config.background(), kept.marks());
        WorkstationAttendance attendance = new WorkstationAttendance(marks, t, LAN_POLL);
        // leaving asks about both pages' cells the office PC has not confirmed (issue 9: never silently dropped)
        leaving = new UnsentOnLeave(java.util.List.of(vm.unsent(), marks), () -> vm.sessionEndedProperty().get() != null
                || marks.sessionEndedProperty().get() != null, t, owner);
        connected = new ConnectedWindow(person, pairing.office().toString(), new WorkstationGridView(vm, t, LAN_POLL),
                attendance, Arrays.stream(NavItem.values()).filter(i -> i != NavItem.GRADEBOOK && i != NavItem.HOME
                        && i != NavItem.ATTENDANCE && i.built())
                        .map(NavItem::labelKey).toList(), t, () -> leaving.leave(() -> {
                    config.background().run(() -> {
                        client.logout(person);
                        return Boolean.TRUE;
                    }, done -> { }, failure -> { }); // a session the office PC cannot be told of ends by its idle time
                    showLogin(pairing, null);
                }));
        // the office PC no longer knows the session (restarted, idle, hours over): sign in again; unsent entries are kept
        ConnectedWindow window = connected;
        javafx.beans.value.ChangeListener<DomainException> sessionOver = (o, was, ended) -> {
            if (ended != null && connected == window) { // not a late answer to a window already left
                showLogin(pairing, ended);
            }
        };
        vm.sessionEndedProperty().addListener(sessionOver);
        marks.sessionEndedProperty().addListener(sessionOver);
        screens.show("ws-main", t.t("ws.window", pairing.office().toString()), connected.root());
        marks.restoreKept();
        vm.open();
        // the person's cells kept from an earlier session are offered at once; a file set aside is said so
        UnsentOnLeave offer = leaving;
        offer.offer(kept.notice().map(n -> t.t(n.key(), n.args().toArray())).orElse(null));
    }

    /**
     * The window is closing: when entries are unsent, asks first ({@link UnsentOnLeave}) and returns true (the close
     * waits for the answer; {@code close} runs if the person leaves); false when nothing stands in the way.
     */
    boolean holdsClose(Runnable closeWindow) {
        if (connected == null || leaving == null || leaving.nothingUnsent()) {
            return false;
        }
        leaving.leave(closeWindow);
        return true;
    }

    /** The question about unsent entries while it is open, else null (tests). */
    javafx.stage.Stage unsentDialog() {
        return leaving == null ? null : leaving.dialog();
    }

    /** The workstation's window while signed in at the office PC, else null (tests). */
    ConnectedWindow window() {
        return connected;
    }

    /** Stops asking the office PC for changes and forgets the window. */
    void close() {
        if (connected != null) {
            connected.detach();
            connected = null;
            leaving = null;
        }
    }
}
