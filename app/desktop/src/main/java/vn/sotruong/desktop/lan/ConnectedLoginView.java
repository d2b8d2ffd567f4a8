package vn.sotruong.desktop.lan;

import atlantafx.base.theme.Styles;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/**
 * The sign-in screen of a workstation: which office PC it works on, the account's name and password, and while the
 * workstation waits for approval the code to approve, checked again every few seconds.
 */
public final class ConnectedLoginView {
    private final StackPane root = new StackPane();
    private final Timeline approval;

    public ConnectedLoginView(ConnectedLoginViewModel vm, UiText text, java.time.Duration checkEvery, Runnable onPairAgain) {
        FontIcon icon = new FontIcon(Material2AL.COMPUTER);
        icon.getStyleClass().addAll("icon-40", "accent-icon");
        Label app = new Label(text.t("ws.login.title"));
        app.getStyleClass().add(Styles.TITLE_2);
        Label office = new Label(text.t("ws.login.office", vm.office()));
        office.setId("ws-login-office");
        office.setWrapText(true);
        office.getStyleClass().add(Styles.TEXT_MUTED);
        HBox heading = new HBox(12, icon, new VBox(2, app, office));
        heading.setAlignment(Pos.CENTER_LEFT);

        GridPane form = Fx.form();
        Fx.row(form, text.t("login.name"), Fx.textField("login-name", vm.form().loginProperty()));
        Fx.row(form, text.t("login.password"), Fx.passwordField("login-password", vm.form().passwordProperty()));
        Button submit = Fx.primaryButton("login-submit", text.t("login.submit"), vm.canSubmit(), vm::submit);
        HBox actions = new HBox(10, submit, Fx.busySpinner(vm.form().busyProperty()));
        actions.setAlignment(Pos.CENTER_LEFT);
        Label error = Fx.errorLabel(vm.form().errorProperty(), "login-error");
        Label status = Fx.infoLabel(vm.statusProperty(), "ws-login-status");
        Hyperlink pair = new Hyperlink(text.t("ws.login.pairAgain"));
        pair.setId("ws-login-pair");
        pair.setOnAction(e -> onPairAgain.run());
        Fx.centredCard(root, "ws-login-view", 460, heading, form, error, status, actions, pair);

        approval = new Timeline(new KeyFrame(Duration.millis(checkEvery.toMillis()), e -> vm.checkApproval()));
        approval.setCycleCount(Timeline.INDEFINITE);
        approval.play();
        root.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                approval.stop();
            }
        });
    }

    public Parent root() {
        return root;
    }
}
