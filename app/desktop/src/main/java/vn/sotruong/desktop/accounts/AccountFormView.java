package vn.sotruong.desktop.accounts;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.sotruong.core.security.Role;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/** One form for the three account actions; shows only the fields its kind needs. */
public final class AccountFormView {
    private final VBox root;

    public AccountFormView(AccountFormViewModel vm, UiText text, Runnable close) {
        GridPane form = Fx.form();
        String title;
        switch (vm.kind()) {
            case ADD -> {
                title = text.t("accounts.add.title");
                Fx.row(form, text.t("accounts.fullName"), Fx.textField("person-name", vm.fullNameProperty()));
                Fx.row(form, text.t("accounts.login"), Fx.textField("person-login", vm.loginProperty()));
                Fx.row(form, text.t("accounts.position"), Fx.textField("person-position", vm.positionProperty()));
                Fx.row(form, text.t("accounts.roles"), roles(vm, text));
                Fx.row(form, text.t("accounts.initialPassword"), Fx.passwordField("person-password", vm.passwordProperty()));
                Fx.row(form, text.t("password.repeat"), Fx.passwordField("person-repeat", vm.repeatProperty()));
            }
            case RESET -> {
                title = text.t("accounts.reset.title", vm.account().fullName(), vm.account().login());
                Fx.row(form, text.t("accounts.tempPassword"), Fx.passwordField("reset-password", vm.passwordProperty()));
                Fx.row(form, text.t("password.repeat"), Fx.passwordField("reset-repeat", vm.repeatProperty()));
            }
            default -> {
                title = text.t("accounts.roles.title", vm.account().fullName(), vm.account().login());
                Fx.row(form, text.t("accounts.roles"), roles(vm, text));
            }
        }
        Label note = new Label(vm.kind() == AccountFormViewModel.Kind.ROLES ? ""
                : text.t("password.rules", vm.minPasswordLength()) + " " + text.t("accounts.mustChange"));
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        Button save = new Button(text.t("action.save"));
        save.setId("account-save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> {
            if (vm.submit()) {
                close.run();
            }
        });
        Button cancel = new Button(text.t("action.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        root = new VBox(14, Fx.title(title), form, note, Fx.errorLabel(vm.errorProperty(), "account-error"),
                Fx.buttons(save, cancel));
        root.setPrefWidth(600);
        root.getStyleClass().add("dialog-pane-content");
    }

    private static FlowPane roles(AccountFormViewModel vm, UiText text) {
        FlowPane p = new FlowPane(14, 8);
        p.setId("person-roles");
        p.setPrefWrapLength(420);
        for (Role r : Role.values()) {
            CheckBox c = new CheckBox(text.role(r));
            c.setId("role-" + r.code());
            c.selectedProperty().bindBidirectional(vm.roles().of(r));
            p.getChildren().add(c);
        }
        return p;
    }



    public Parent root() {
        return root;
    }
}
