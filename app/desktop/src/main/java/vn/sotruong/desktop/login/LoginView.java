package vn.sotruong.desktop.login;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/** The sign-in screen: a centred card; Enter signs in. */
public final class LoginView {
    private final StackPane root = new StackPane();

    /**
     * @param schoolName shown above the form, empty when unknown
     * @param demoHint the demo accounts when the store holds the demo school, else empty
     * @param onLanguage switches the language of the whole app ("vi" / "en")
     */
    public LoginView(LoginViewModel vm, UiText text, String schoolName, String demoHint,
                     java.util.function.Consumer<String> onLanguage) {
        this(vm, text, schoolName, demoHint, onLanguage, null);
    }

    /** @param onConnectOffice opens "Kết nối máy văn phòng" (pairing this computer as a workstation); null: no link */
    public LoginView(LoginViewModel vm, UiText text, String schoolName, String demoHint,
                     java.util.function.Consumer<String> onLanguage, Runnable onConnectOffice) {
        FontIcon logo = new FontIcon(Material2OutlinedAL.LIBRARY_BOOKS);
        logo.getStyleClass().add("icon-40"); // sized in app.css: the theme overrides setIconSize
        logo.getStyleClass().add("accent-icon");
        Label app = new Label(text.t("app.name"));
        app.getStyleClass().add(Styles.TITLE_2);
        Label school = new Label(schoolName);
        school.setId("login-school");
        school.getStyleClass().add(Styles.TEXT_MUTED);
        school.setWrapText(true);
        HBox heading = new HBox(12, logo, new VBox(2, app, school));
        heading.setAlignment(Pos.CENTER_LEFT);

        TextField login = new TextField();
        login.setId("login-name");
        login.setPromptText(text.t("login.name.prompt"));
        login.textProperty().bindBidirectional(vm.loginProperty());
        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        GridPane form = Fx.form();
        Fx.row(form, text.t("login.name"), login);
        Fx.row(form, text.t("login.password"), password);

        Button submit = Fx.primaryButton("login-submit", text.t("login.submit"), vm.canSubmit(), vm::submit);
        submit.setMaxWidth(Double.MAX_VALUE);
        HBox actions = new HBox(10, submit, Fx.busySpinner(vm.busyProperty()));
        HBox.setHgrow(submit, javafx.scene.layout.Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label error = Fx.errorLabel(vm.errorProperty(), "login-error");

        Label hint = new Label(demoHint);
        hint.setId("login-demo-hint");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setVisible(!demoHint.isEmpty());
        hint.setManaged(!demoHint.isEmpty());

        Hyperlink vi = new Hyperlink("Tiếng Việt");
        vi.setId("lang-vi");
        vi.setOnAction(e -> onLanguage.accept("vi"));
        Hyperlink en = new Hyperlink("English");
        en.setId("lang-en");
        en.setOnAction(e -> onLanguage.accept("en"));
        HBox langs = new HBox(4, vi, new Label("·"), en);
        langs.setAlignment(Pos.CENTER_RIGHT);
        if (onConnectOffice != null) {
            Hyperlink office = new Hyperlink(text.t("pairing.open"));
            office.setId("login-connect-office");
            office.setOnAction(e -> onConnectOffice.run());
            javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
            HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
            langs.getChildren().addAll(0, java.util.List.of(office, gap));
        }

        Fx.centredCard(root, "login-view", 440, heading, form, error, actions, hint, langs);
        // the first thing a person types is the login name
        Platform.runLater(login::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
