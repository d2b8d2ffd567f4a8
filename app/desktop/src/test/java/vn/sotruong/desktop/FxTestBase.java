package vn.sotruong.desktop;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.data.store.Store;
import vn.sotruong.desktop.app.AppConfig;
import vn.sotruong.desktop.app.AppFlow;
import vn.sotruong.desktop.app.LiveStore;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.shell.NavItem;

/**
 * A real JavaFX toolkit (Monocle, headless) over a real H2 store in a temporary folder. The
 * services' clock is fixed (Thursday 15/10/2026, 10:00 in Hà Nội) so weeks and throttling are
 * deterministic; background work runs in place unless a test asks for the real executor.
 */
public abstract class FxTestBase extends FxRobot {
    protected static final Instant NOW = Instant.parse("2026-10-15T03:00:00Z");
    protected static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    protected Path dataDir;
    protected Stage stage;
    protected Store store;
    /** The app's store holder: after a restore it holds the reopened store, which the test must close too. */
    protected LiveStore live;
    protected AppFlow flow;

    @BeforeEach
    void openStoreAndStage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        // the store's documented cost setting: cheap hashing keeps UI tests quick, the code path is the real one
        java.nio.file.Files.writeString(dataDir.resolve("sotruong.properties"),
                "argon2.memoryKiB=1024\nargon2.iterations=1\n");
        store = Store.open(dataDir, CLOCK);
    }

    @AfterEach
    void closeStoreAndWindows() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (flow != null && flow.mainWindow() != null) {
                flow.mainWindow().detach();
            }
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage) {
                    w.hide();
                }
            }
            // the stage keeps its scene: a scene-less shown stage trips Monocle's mouse handling
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (live != null) {
            live.close();
        }
        store.close();
    }

    /** The test school's administrator, signed in through the service (not the window). */
    protected vn.sotruong.core.security.Actor admin() {
        return services().auth().login(TestSchool.ADMIN, TestSchool.PASSWORD.toCharArray(), "t").actor();
    }

    protected CoreServices services() {
        return store.services();
    }

    protected AppConfig config(Background background, Duration idle, boolean demo, Consumer<CoreServices> seeder) {
        return new AppConfig(UiText.VIETNAMESE, demo, background, CLOCK, "test-pc", Optional.of(idle), seeder,
                List.of("admin", "hieutruong"), "demo1234");
    }

    protected AppConfig config() {
        return config(Background.direct(), Duration.ofHours(1), false, s -> {
            throw new AssertionError("no demo in this test");
        });
    }

    /**
     * Like {@link #startApp(AppConfig)}, allowing the start-up up to {@code allowed}: for a start that does heavy work
     * on the FX thread in the test (the demo school made with {@code Background.direct()}).
     */
    protected void startApp(AppConfig config, java.time.Duration allowed) throws Exception {
        var context = FxToolkit.toolkitContext();
        long before = context.getSetupTimeoutInMillis();
        context.setSetupTimeoutInMillis(allowed.toMillis());
        try {
            startApp(config);
        } finally {
            context.setSetupTimeoutInMillis(before);
        }
    }

    /** Shows the app's first screen in the registered stage at a typical school-PC screen size. */
    protected void startApp(AppConfig config) throws Exception {
        FxToolkit.setupFixture(() -> {
            live = new LiveStore(store, CLOCK);
            flow = new AppFlow(stage, live, config);
            stage.setWidth(1366);
            stage.setHeight(768);
            flow.start();
            // a window closed by an earlier test may still hold the keyboard focus
            stage.toFront();
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types like a person: robot key events into the fields, then Enter. */
    protected void typeSignIn(String login, String password) {
        clickOn("#login-name").eraseText(40).write(login);
        clickOn("#login-password").write(password);
        type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Fills the fields directly (quicker), then presses Enter in the password field. */
    protected void signIn(String login, String password) {
        fill("#login-name", login);
        fill("#login-password", password);
        clickOn("#login-submit");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Signs {@code login} in through the window (the test school's password) and opens a page ("#nav-locks"). */
    protected void openAs(String login, String nav) throws Exception {
        signIn(login, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn(nav);
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void fill(String query, String value) {
        javafx.scene.control.TextInputControl field = lookup(query).queryTextInputControl();
        interact(() -> field.setText(value));
    }

    protected void awaitScreen(String name) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> name.equals(flow.screen()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    protected List<NavItem> navItems() {
        return List.copyOf(lookup("#nav").queryAs(ListView.class).getItems());
    }

    protected String textOf(String query) {
        Node n = lookup(query).query();
        return ((Labeled) n).getText();
    }

    protected boolean visible(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }
}
