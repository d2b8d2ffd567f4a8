package vn.sotruong.desktop.app;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Parent;
import vn.sotruong.desktop.attendance.AttendanceViewModel;
import vn.sotruong.desktop.i18n.UiText;
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
 * office PC's, then the workstation window with Sổ điểm; signing out goes back to that sign-in.
 */
final class ConnectedFlow {
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
    private ConnectedWindow connected;

    ConnectedFlow(LiveStore live, AppConfig config, Supplier<UiText> text, Screens screens, Runnable showPairing) {
        this.live = live;
        this.config = config;
        this.text = text;
        this.screens = screens;
        this.showPairing = showPairing;
    }

    /** When this computer is paired with an office PC ({@code office.properties}), its sign-in is the office PC's. */
    boolean showLoginIfPaired() {
        Optional<WorkstationPairing> p = WorkstationPairing.load(live.store().dataDir());
        p.ifPresent(this::showLogin);
        return p.isPresent();
    }

    private void showLogin(WorkstationPairing pairing) {
        close();
        UiText t = text.get();
        OfficeClient client = OfficeClient.paired(pairing, t.locale());
        ConnectedLoginViewModel vm = new ConnectedLoginViewModel(pairing, client, t, config.background(),
                person -> showConnected(pairing, client, person));
        screens.show("ws-login", t.t("ws.login.title"), new ConnectedLoginView(vm, t, LAN_POLL, showPairing).root());
    }

    private void showConnected(WorkstationPairing pairing, OfficeClient client, LoginAnswer person) {
        UiText t = text.get();
        WorkstationGridViewModel vm = new WorkstationGridViewModel(new OfficeGradebook(client, person), t,
                config.background());
        WorkstationAttendance attendance = new WorkstationAttendance(new AttendanceViewModel(
                new OfficeAttendance(client, person), t, LocalDate.now(config.clock().withZone(vn.sotruong.desktop.common.Session.SCHOOL_ZONE)),
                config.background()), t, LAN_POLL);
        connected = new ConnectedWindow(person, pairing.office().toString(), new WorkstationGridView(vm, t, LAN_POLL),
                attendance, Arrays.stream(NavItem.values()).filter(i -> i != NavItem.GRADEBOOK && i != NavItem.HOME
                        && i != NavItem.ATTENDANCE && i.built())
                        .map(NavItem::labelKey).toList(), t, () -> {
                    config.background().run(() -> {
                        client.logout(person);
                        return Boolean.TRUE;
                    }, done -> { }, failure -> { }); // a session the office PC cannot be told of ends by its idle time
                    showLogin(pairing);
                });
        screens.show("ws-main", t.t("ws.window", pairing.office().toString()), connected.root());
        vm.open();
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
        }
    }
}
