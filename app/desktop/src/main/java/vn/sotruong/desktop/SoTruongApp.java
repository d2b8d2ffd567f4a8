package vn.sotruong.desktop;

import atlantafx.base.theme.PrimerLight;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import vn.sotruong.data.backup.AutomaticBackups;
import vn.sotruong.data.store.DataFolders;
import vn.sotruong.desktop.app.AppConfig;
import vn.sotruong.desktop.app.AppFlow;
import vn.sotruong.desktop.app.DailyBackups;
import vn.sotruong.desktop.app.DemoSchool;
import vn.sotruong.desktop.app.LaunchOptions;
import vn.sotruong.desktop.app.LiveStore;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.i18n.UiText;

/**
 * The JavaFX application: the composition root of the desktop. Opens the store in {@link #init()}
 * (off the FX thread: migrations, and the backup before them, may take a moment), then hands the
 * window to {@link AppFlow} and starts the daily automatic backup ({@link DailyBackups}).
 * A store that cannot be opened gives a translated message box and the app ends; no stack trace.
 */
public final class SoTruongApp extends Application {
    private static final System.Logger LOG = System.getLogger(SoTruongApp.class.getName());

    private final Runnable exit;
    private final List<String> givenArgs;
    private LaunchOptions options;
    private LiveStore store;
    private RuntimeException startupFailure;
    private Alert failureAlert;
    private DailyBackups dailyBackups;
    private AppFlow flow;

    public SoTruongApp() {
        this(Platform::exit, null);
    }

    /**
     * @param exit how the app ends after a start-up failure (tests keep the toolkit running)
     * @param args the arguments when not launched through {@link Application#launch}
     */
    SoTruongApp(Runnable exit, List<String> args) {
        this.exit = exit;
        this.givenArgs = args;
    }

    private List<String> args() {
        if (givenArgs != null) {
            return givenArgs;
        }
        return getParameters() == null ? List.of() : getParameters().getRaw();
    }

    @Override
    public void init() {
        try {
            options = LaunchOptions.parse(args());
            // a store left by an older version is backed up into its automatic folder before it is migrated
            store = new LiveStore(AutomaticBackups.openStore(options.dataDir().orElseGet(DataFolders::defaultDataDir),
                    Clock.systemUTC()), Clock.systemUTC());
        } catch (RuntimeException e) {
            startupFailure = e;
            LOG.log(System.Logger.Level.WARNING, "start-up refused: " + e.getMessage());
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (startupFailure != null) {
            showFailure(new UiText(localeOf(args())));
            return;
        }
        AppConfig config = new AppConfig(options.locale(), options.demo(), Background.fx(), Clock.systemUTC(),
                workstation(), Optional.empty(), DemoSchool::create, DemoSchool.logins(), DemoSchool.password());
        flow = new AppFlow(stage, store, config);
        flow.start();
        dailyBackups = new DailyBackups(store, Duration.ofSeconds(20), Duration.ofMinutes(30));
    }

    private void showFailure(UiText text) {
        failureAlert = new Alert(Alert.AlertType.ERROR, text.error(startupFailure),
                new ButtonType(text.t("action.close"), ButtonBar.ButtonData.OK_DONE));
        failureAlert.setTitle(text.t("app.name"));
        failureAlert.setHeaderText(text.t("startup.failed"));
        failureAlert.getDialogPane().setMinWidth(520);
        // not showAndWait: start() must return so the toolkit keeps running while the box is open
        failureAlert.setOnHidden(e -> exit.run());
        failureAlert.show();
    }

    /** The start-up failure box while it is open (tests). */
    Alert failureAlert() {
        return failureAlert;
    }

    @Override
    public void stop() {
        if (flow != null) {
            flow.close();
        }
        if (dailyBackups != null) {
            dailyBackups.close();
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }

    /** Even when the options are wrong, honour a readable --lang for the message itself. */
    private static Locale localeOf(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--lang") && i + 1 < args.size()) {
                return UiText.localeOf(args.get(i + 1));
            }
            if (args.get(i).startsWith("--lang=")) {
                return UiText.localeOf(args.get(i).substring(7));
            }
        }
        return UiText.VIETNAMESE;
    }

    /** Recorded with every audited action so the log says which PC it came from. */
    private static String workstation() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            return "desktop";
        }
    }
}
