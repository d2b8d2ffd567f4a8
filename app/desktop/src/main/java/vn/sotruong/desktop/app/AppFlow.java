package vn.sotruong.desktop.app;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.LoginResult;
import vn.sotruong.data.backup.RestoreDone;
import vn.sotruong.desktop.backup.Backups;
import vn.sotruong.desktop.common.Modal;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.lan.OfficePairingView;
import vn.sotruong.desktop.lan.OfficePairingViewModel;
import vn.sotruong.desktop.login.LoginView;
import vn.sotruong.desktop.login.LoginViewModel;
import vn.sotruong.desktop.login.PasswordChangeView;
import vn.sotruong.desktop.login.PasswordChangeViewModel;
import vn.sotruong.desktop.shell.MainWindow;
import vn.sotruong.desktop.shell.NavItem;
import vn.sotruong.desktop.shell.ShellActions;
import vn.sotruong.desktop.wizard.WizardView;
import vn.sotruong.desktop.wizard.WizardViewModel;

/**
 * The screens one after another in the application's window: first-run wizard (empty store) →
 * sign-in → forced password change when due → main window; sign-out goes back to sign-in.
 */
public final class AppFlow implements ShellActions {
    private final Stage stage;
    private final LiveStore live;
    /** The live store's services; a restore replaces the store, and with it these. */
    private CoreServices services;
    private final AppConfig config;
    private final Scene scene;
    private final StartupProbe startupProbe = StartupProbe.fromEnvironment();
    private UiText text;
    private MainWindow main;
    private Session session;
    private String screen = "";
    private vn.sotruong.core.registers.RegisterPrinter printer;
    private vn.sotruong.desktop.common.DocumentOpener documents = vn.sotruong.desktop.common.DocumentOpener.system();
    private vn.sotruong.core.registers.PaperPrinter paperPrinter = new vn.sotruong.reports.OsPaperPrinter();
    /** Chia sẻ mạng nội bộ: serves the workstations from this app while the school's setting is on. */
    private final vn.sotruong.desktop.lan.LanHost lanHost;
    private int discoveryPort = vn.sotruong.server.discovery.Announcement.PORT;
    /** Chế độ máy trạm: the sign-in and window of a workstation paired with an office PC. */
    private final ConnectedFlow connectedFlow;

    public AppFlow(Stage stage, LiveStore live, AppConfig config) {
        this.stage = stage;
        this.live = live;
        this.services = live.services();
        this.config = config;
        this.lanHost = new vn.sotruong.desktop.lan.LanHost(live::store, config.clock());
        this.text = new UiText(config.locale());
        this.connectedFlow = new ConnectedFlow(live, config, () -> text, this::show, this::showOfficePairing, stage);
        // closing the workstation window with unsent entries asks first (ConnectedFlow)
        stage.setOnCloseRequest(e -> {
            if (connectedFlow.holdsClose(stage::close)) {
                e.consume();
            }
        });
        javafx.geometry.Rectangle2D screenArea = javafx.stage.Screen.getPrimary().getVisualBounds();
        this.scene = Modal.styled(new Scene(new StackPane(), Math.min(1280, screenArea.getWidth()),
                Math.min(800, screenArea.getHeight())));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        // school office PCs are often 1366×768: use the whole screen there
        stage.setMaximized(screenArea.getWidth() <= 1400);
    }

    public void start() {
        boolean workstation = connectedFlow.showLoginIfPaired(); // a paired workstation: the office PC holds the school
        if (!workstation && services.setup().isEmpty()) {
            if (config.demo()) {
                seedDemo();
            } else {
                showWizard();
            }
        } else if (!workstation) {
            showLogin("");
        }
        stage.show();
        startupProbe.firstScreenShown(scene);
        if (!services.setup().isEmpty()) {
            lanHost.startIfRemembered();
        }
    }

    @Override
    public vn.sotruong.desktop.lan.LanHost lanHost() {
        return lanHost;
    }

    /** The app is ending: the LAN service stops with it. */
    public void close() {
        lanHost.close();
    }

    /** The name of the screen showing now ("wizard", "login", "password", "main", "busy"), for tests and logs. */
    public String screen() {
        return screen;
    }

    public MainWindow mainWindow() {
        return main;
    }

    public UiText text() {
        return text;
    }

    void showWizard() {
        LocalDate today = LocalDate.now(config.clock().withZone(Session.SCHOOL_ZONE));
        WizardViewModel vm = new WizardViewModel(
                init -> vn.sotruong.core.app.SchoolFounding.found(services, init, config.workstation()), text,
                config.background(), today,
                () -> config.demoSeeder().accept(services), this::showLogin);
        show("wizard", text.t("wizard.window"), new WizardView(vm, text,
                services.auth().securitySettings().minPasswordLength(), today.getYear()).root());
    }

    private void seedDemo() {
        ProgressIndicator p = new ProgressIndicator();
        Label l = new Label(text.t("demo.creating"));
        l.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(16, p, l);
        box.setAlignment(Pos.CENTER);
        show("busy", text.t("app.name"), new StackPane(box));
        config.background().run(() -> {
            config.demoSeeder().accept(services);
            return Boolean.TRUE;
        }, ok -> showLogin(""), failure -> {
            ErrorAlert.show(stage, text, text.t("demo.failed"), text.error(failure));
            showWizard();
        });
    }

    void showLogin(String prefill) {
        closeMain();
        LoginViewModel vm = new LoginViewModel(services.auth(), text, config.background(), config.workstation(),
                this::signedIn);
        vm.loginProperty().set(prefill == null ? "" : prefill);
        String school = services.setup().isEmpty() ? "" : services.setup().school().name();
        boolean demo = !services.setup().isEmpty() && services.setup().school().demo();
        String hint = demo && !config.demoLogins().isEmpty()
                ? text.t("login.demoHint", String.join(", ", config.demoLogins()), config.demoPassword()) : "";
        show("login", text.t("login.window"), new LoginView(vm, text, school, hint, code -> {
            text = new UiText(UiText.localeOf(code));
            showLogin(vm.loginProperty().get());
        }, this::showOfficePairing).root());
    }

    /** Kết nối máy văn phòng: pairs this computer with the office PC as a workstation (issue 9). */
    void showOfficePairing() {
        OfficePairingViewModel vm = new OfficePairingViewModel(text, config.background(), live.store().dataDir(),
                config.workstation());
        vn.sotruong.desktop.lan.HeardOfficesViewModel heard = new vn.sotruong.desktop.lan.HeardOfficesViewModel(text,
                discoveryPort, config.clock(), vm.addressProperty()::set);
        show("pairing", text.t("pairing.title"), new OfficePairingView(vm, text, () -> {
            heard.close();
            if (!connectedFlow.showLoginIfPaired()) {
                showLogin("");
            }
        }, heard).root());
    }

    /** The workstation's window while signed in at the office PC, else null (tests). */
    public vn.sotruong.desktop.lan.ConnectedWindow connectedWindow() {
        return connectedFlow.window();
    }

    /** The question about unsent entries before leaving the workstation window, while open (tests). */
    public Stage unsentDialog() {
        return connectedFlow.unsentDialog();
    }

    /** The UDP port the pairing screen listens on for office PCs' announcements (a test's own free port). */
    public void discoveryPort(int port) {
        this.discoveryPort = port;
    }

    private void signedIn(LoginResult result) {
        if (result.changeDue().isPresent()) {
            PasswordChangeViewModel vm = new PasswordChangeViewModel(services.auth(), result.actor(),
                    result.passwordChangeDue(), text, config.background(), actor -> showMain(actor, NavItem.HOME));
            PasswordChangeView view = new PasswordChangeView(vm, text, text.t("menu.signOut"), this::signOut);
            StackPane centred = new StackPane(view.root());
            centred.getStyleClass().add("backdrop");
            show("password", text.t("password.title"), centred);
        } else {
            showMain(result.actor(), NavItem.HOME);
        }
    }

    private void showMain(Actor actor, NavItem page) {
        showMain(new Session(services, actor, config.background(), config.clock()), page);
    }

    private void showMain(Session newSession, NavItem page) {
        closeMain();
        this.session = newSession;
        Duration idle = config.idleTimeout()
                .orElseGet(() -> Duration.ofMinutes(Math.max(1, services.auth().securitySettings().idleLockMinutes())));
        main = new MainWindow(session, text, idle, this, page);
        show("main", text.t("app.name") + " — " + session.school().name(), main.root());
        main.attach(scene);
    }

    private void show(String name, String title, Parent root) {
        screen = name;
        stage.setTitle(title);
        scene.setRoot(root);
    }

    private void closeMain() {
        if (main != null) {
            main.detach();
            main = null;
            session = null;
        }
    }

    @Override
    public void signOut() {
        showLogin("");
    }

    @Override
    public void switchLanguage(Locale locale, NavItem openPage) {
        if (main == null) {
            return;
        }
        text = new UiText(locale);
        // same session: an own password change made meanwhile keeps its fresh actor
        showMain(session, openPage);
    }

    @Override
    public void quit() {
        Platform.exit();
    }

    /** Made at the first print: JasperReports is not loaded for a session that prints nothing. */
    @Override
    public synchronized vn.sotruong.core.registers.RegisterPrinter registerPrinter() {
        if (printer == null) {
            printer = new vn.sotruong.reports.JasperRegisterPrinter();
        }
        return printer;
    }

    /** Tests hold a print at a known class with a printer around the real one; pages opened afterwards use it. */
    public synchronized void useRegisterPrinter(vn.sotruong.core.registers.RegisterPrinter registerPrinter) {
        this.printer = registerPrinter;
    }

    /** Made at the first use, like the register printer; the services of the live store. */
    @Override
    public synchronized vn.sotruong.core.correction.MinuteSigningService minuteSigning() {
        return services.minuteSigning(new vn.sotruong.reports.JasperMinutePrinter(), new vn.sotruong.reports.PadesSigner());
    }

    @Override
    public vn.sotruong.desktop.common.DocumentOpener documents() {
        return documents;
    }

    /** Tests record what would be opened instead of launching viewers. */
    public void useDocumentOpener(vn.sotruong.desktop.common.DocumentOpener opener) {
        this.documents = opener;
    }

    @Override
    public vn.sotruong.core.registers.PageImages pageImages() {
        return new vn.sotruong.reports.PdfBoxPageImages();
    }

    /** The printers as they are at each use (a test's services, once it has set them). */
    @Override
    public vn.sotruong.core.registers.PaperPrinter paperPrinter() {
        return new vn.sotruong.core.registers.PaperPrinter() {
            @Override
            public java.util.List<String> printers() {
                return currentPaperPrinter().printers();
            }

            @Override
            public vn.sotruong.core.registers.PaperOutcome print(java.nio.file.Path pdf,
                                                                  vn.sotruong.core.registers.PaperJob job) {
                return currentPaperPrinter().print(pdf, job);
            }
        };
    }

    private synchronized vn.sotruong.core.registers.PaperPrinter currentPaperPrinter() {
        return paperPrinter;
    }

    /** Tests print onto their own javax.print services instead of the machine's printers. */
    public synchronized void usePaperPrinter(vn.sotruong.core.registers.PaperPrinter printer) {
        this.paperPrinter = printer;
    }

    @Override
    public vn.sotruong.core.signature.PdfSignatures pdfSignatures() {
        return new vn.sotruong.reports.PadesSigner();
    }

    @Override
    public Backups backups() {
        return new LiveBackups(live, config.clock(), this::afterRestore);
    }

    /**
     * The signed-in window, its session and its actor belong to the replaced data (the restored
     * store may not even have this account), so the person signs in again on the restored store.
     */
    private void afterRestore(RestoreDone done) {
        closeMain();
        // the service worked on the replaced store: serve the restored one, as its own setting says
        lanHost.stop();
        if (live.reopenFailure() != null) {
            ErrorAlert.show(stage, text, text.t("backup.restore.reopenFailed"), text.error(live.reopenFailure()));
            quit();
            return;
        }
        services = live.services();
        lanHost.startIfRemembered();
        showLogin("");
        ButtonType close = new ButtonType(text.t("action.close"), ButtonBar.ButtonData.OK_DONE);
        Alert info = new Alert(Alert.AlertType.INFORMATION, text.t("backup.restore.done.body",
                done.manifest().schoolName(), text.dateTime(done.manifest().createdUtc(), Session.SCHOOL_ZONE),
                done.manifest().totalRows(), done.previousStore(), done.took().toMillis() / 1000.0)
                + done.safetyBackup().map(f -> "\n\n" + text.t("backup.restore.done.safety", f)).orElse(""), close);
        info.getDialogPane().lookupButton(close).setId("restore-done-close");
        info.initOwner(stage);
        info.setTitle(text.t("app.name"));
        info.setHeaderText(text.t("backup.restore.done.header"));
        info.getDialogPane().setId("restore-done");
        info.getDialogPane().setMinWidth(520);
        // not showAndWait: the sign-in screen is already the app's state; the box only reports
        info.show();
    }
}
