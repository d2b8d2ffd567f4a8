package vn.sotruong.desktop.shell;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.common.Modal;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.lock.IdleLockOverlay;
import vn.sotruong.desktop.lock.IdleLockViewModel;
import vn.sotruong.desktop.login.PasswordChangeView;
import vn.sotruong.desktop.login.PasswordChangeViewModel;

/** The signed-in window: menu, header, permission-filtered navigation, the open page, the idle lock. */
public final class MainWindow {
    private final MainViewModel vm;
    private final UiText text;
    private final ShellActions actions;
    private final Pages pages;
    private final BorderPane frame = new BorderPane();
    private final StackPane root;
    private final ListView<NavItem> nav = new ListView<>();
    private final IdleLockOverlay idleLock;

    public MainWindow(Session session, UiText text, Duration idleTimeout, ShellActions actions, NavItem initial) {
        this.vm = new MainViewModel(session, text, initial);
        this.text = text;
        this.actions = actions;
        this.pages = new Pages(session, text, actions, this::open);

        VBox top = new VBox(menuBar(), header());
        frame.setTop(top);
        frame.setLeft(navigation());
        frame.setCenter(pages.create(vm.selectedProperty().get()));
        vm.selectedProperty().addListener((o, a, item) -> frame.setCenter(pages.create(item)));

        IdleLockViewModel lockVm = new IdleLockViewModel(session.services().auth(), session::actor, text,
                session.background(), actions::signOut);
        idleLock = new IdleLockOverlay(lockVm, text, frame, idleTimeout);
        root = new StackPane(frame, idleLock.node());
        root.setId("main-window");
    }

    private MenuBar menuBar() {
        MenuItem password = new MenuItem(text.t("menu.changePassword"));
        password.setId("menu-password");
        password.setOnAction(e -> openPasswordChange());
        MenuItem signOut = new MenuItem(text.t("menu.signOut"));
        signOut.setId("menu-signout");
        signOut.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Q"));
        signOut.setOnAction(e -> actions.signOut());
        MenuItem quit = new MenuItem(text.t("menu.quit"));
        quit.setOnAction(e -> actions.quit());
        Menu system = new Menu(text.t("menu.system"), null, password, signOut, new SeparatorMenuItem(), quit);
        system.setId("menu-system");

        ToggleGroup g = new ToggleGroup();
        RadioMenuItem vi = new RadioMenuItem("Tiếng Việt");
        vi.setId("menu-lang-vi");
        vi.setToggleGroup(g);
        vi.setSelected(!text.isEnglish());
        vi.setOnAction(e -> actions.switchLanguage(UiText.VIETNAMESE, vm.selectedProperty().get()));
        RadioMenuItem en = new RadioMenuItem("English");
        en.setId("menu-lang-en");
        en.setToggleGroup(g);
        en.setSelected(text.isEnglish());
        en.setOnAction(e -> actions.switchLanguage(UiText.ENGLISH, vm.selectedProperty().get()));
        Menu lang = new Menu(text.t("menu.language"), null, vi, en);
        lang.setId("menu-language");
        return new MenuBar(system, lang);
    }

    private Node header() {
        FontIcon logo = new FontIcon(Material2OutlinedAL.LIBRARY_BOOKS);
        logo.getStyleClass().add("icon-30"); // sized in app.css: the theme overrides setIconSize
        logo.getStyleClass().add("accent-icon");
        Label school = new Label(vm.schoolName());
        school.setId("header-school");
        school.getStyleClass().add(Styles.TITLE_4);
        Label year = new Label(vm.yearText());
        year.setId("header-year");
        year.getStyleClass().add(Styles.TEXT_MUTED);
        HBox left = new HBox(12, logo, new VBox(2, school, year));
        left.setAlignment(Pos.CENTER_LEFT);

        Label badge = new Label(text.t("header.demo"), new FontIcon(Material2OutlinedMZ.SCIENCE));
        badge.setId("demo-badge");
        badge.getStyleClass().add("demo-badge");
        badge.setVisible(vm.demo());
        badge.setManaged(vm.demo());

        Label user = new Label(vm.userName(), new FontIcon(Material2OutlinedAL.ACCOUNT_CIRCLE));
        user.setId("header-user");
        user.getStyleClass().add(Styles.TEXT_BOLD);
        Label roles = new Label(vm.userRoles());
        roles.setId("header-roles");
        roles.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox who = new VBox(2, user, roles);
        who.setAlignment(Pos.CENTER_RIGHT);

        HBox header = new HBox(16, left, Fx.grow(), badge, who);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 20, 10, 20));
        header.getStyleClass().add("app-header");
        return header;
    }

    private Node navigation() {
        nav.setId("nav");
        nav.getItems().setAll(vm.items());
        nav.getStyleClass().add("app-nav");
        nav.setPrefWidth(230);
        nav.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(NavItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setId(null);
                } else {
                    setText(text.t(item.labelKey()));
                    setGraphic(Fx.icon(Pages.icon(item)));
                    setId("nav-" + item.name().toLowerCase(java.util.Locale.ROOT));
                    setGraphicTextGap(12);
                }
            }
        });
        nav.getSelectionModel().select(vm.selectedProperty().get());
        nav.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null) {
                vm.selectedProperty().set(item);
            }
        });
        return nav;
    }

    private void openPasswordChange() {
        Stage[] stage = new Stage[1];
        Session s = vm.session();
        PasswordChangeViewModel pvm = new PasswordChangeViewModel(s.services().auth(), s.actor(), null, text,
                s.background(), updated -> {
                    s.actor(updated);
                    stage[0].close();
                });
        PasswordChangeView view = new PasswordChangeView(pvm, text, text.t("action.cancel"), () -> stage[0].close());
        stage[0] = Modal.open(root.getScene().getWindow(), text.t("password.title"), view.root());
    }

    public Parent root() {
        return root;
    }

    /** Starts the idle watch on the scene the window is shown in. */
    public void attach(Scene scene) {
        idleLock.attach(scene);
        nav.requestFocus();
    }

    public void detach() {
        idleLock.detach();
    }

    public NavItem openPage() {
        return vm.selectedProperty().get();
    }

    public void open(NavItem item) {
        nav.getSelectionModel().select(item);
    }

    public IdleLockOverlay idleLock() {
        return idleLock;
    }
}
