package vn.sotruong.desktop.login;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/** The password change form; Enter submits, Escape runs {@code onCancel} (sign out, or close the window). */
public final class PasswordChangeView {
    private final VBox root;

    public PasswordChangeView(PasswordChangeViewModel vm, UiText text, String cancelLabel, Runnable onCancel) {
        Label title = Fx.title(text.t("password.title"));
        Label who = new Label(vm.userName());
        who.getStyleClass().add(Styles.TEXT_MUTED);
        Label reason = new Label(vm.reason());
        reason.setId("password-reason");
        reason.setWrapText(true);
        reason.getStyleClass().add(Styles.WARNING);
        reason.setVisible(!vm.reason().isEmpty());
        reason.setManaged(!vm.reason().isEmpty());

        PasswordField current = Fx.passwordField("password-current", vm.currentProperty());
        PasswordField next = Fx.passwordField("password-new", vm.nextProperty());
        PasswordField repeat = Fx.passwordField("password-repeat", vm.repeatProperty());
        GridPane form = Fx.form();
        Fx.row(form, text.t("password.current"), current);
        Fx.row(form, text.t("password.new"), next);
        Fx.row(form, text.t("password.repeat"), repeat);
        Label rules = new Label(vm.rules());
        rules.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        rules.setWrapText(true);

        Button ok = new Button(text.t("password.submit"));
        ok.setId("password-submit");
        ok.setDefaultButton(true);
        ok.getStyleClass().add(Styles.ACCENT);
        ok.disableProperty().bind(vm.canSubmit().not());
        ok.setOnAction(e -> vm.submit());
        Button cancel = new Button(cancelLabel);
        cancel.setId("password-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());

        root = new VBox(14, title, who, reason, form, rules, Fx.errorLabel(vm.errorProperty(), "password-error"),
                Fx.buttons(ok, cancel));
        root.setId("password-change");
        root.getStyleClass().add("card-pane");
        root.setPrefWidth(460);
        root.setMaxWidth(460);
        root.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Platform.runLater(current::requestFocus);
    }


    public Parent root() {
        return root;
    }
}
