package vn.sotruong.desktop.accounts;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.core.security.Account;
import vn.sotruong.desktop.accounts.AccountsViewModel.Row;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.common.Modal;
import vn.sotruong.desktop.i18n.UiText;

/** Tài khoản: the table of people and accounts with the administrator's actions above it. */
public final class AccountsView {
    private final VBox root;
    private final AccountsViewModel vm;
    private final UiText text;
    private final TableView<Row> table;

    public AccountsView(AccountsViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
        table = Fx.table("accounts-table", text.t("table.empty"));
        table.getColumns().add(Fx.column(text.t("accounts.fullName"), 200, (Row r) -> r.account().fullName()));
        table.getColumns().add(Fx.column(text.t("accounts.login"), 130, (Row r) -> r.account().login()));
        table.getColumns().add(Fx.column(text.t("accounts.roles"), 260, (Row r) -> text.roles(r.account().roles())));
        table.getColumns().add(Fx.column(text.t("accounts.status"), 120, (Row r) ->
                text.t(r.account().active() ? "accounts.active" : "accounts.inactive")));
        table.getColumns().add(Fx.column(text.t("accounts.locked"), 150, (Row r) -> r.lockedUntil()
                .map(until -> text.t("accounts.lockedUntil", text.dateTime(until, vn.sotruong.desktop.common.Session.SCHOOL_ZONE)))
                .orElse("")));
        table.getColumns().add(Fx.column(text.t("accounts.mustChangeColumn"), 120, (Row r) ->
                r.account().mustChangePassword() ? text.t("accounts.yes") : ""));
        table.setItems(vm.rows());
        VBox.setVgrow(table, Priority.ALWAYS);

        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        Button add = button("accounts-add", text.t("accounts.add"), Material2OutlinedMZ.PERSON_ADD);
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> open(new AccountFormViewModel(vm, AccountFormViewModel.Kind.ADD, null)));
        Button reset = button("accounts-reset", text.t("accounts.reset"), Material2OutlinedMZ.VPN_KEY);
        reset.disableProperty().bind(none);
        reset.setOnAction(e -> open(new AccountFormViewModel(vm, AccountFormViewModel.Kind.RESET, selected())));
        Button roles = button("accounts-roles", text.t("accounts.changeRoles"), Material2OutlinedAL.ASSIGNMENT_IND);
        roles.disableProperty().bind(none);
        roles.setOnAction(e -> open(new AccountFormViewModel(vm, AccountFormViewModel.Kind.ROLES, selected())));
        Button unlock = button("accounts-unlock", text.t("accounts.unlock"), Material2OutlinedAL.LOCK_OPEN);
        unlock.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Row r = table.getSelectionModel().getSelectedItem();
            return r == null || !r.locked();
        }, table.getSelectionModel().selectedItemProperty()));
        unlock.setOnAction(e -> vm.unlock(selected()));
        Button deactivate = button("accounts-deactivate", text.t("accounts.deactivate"), Material2OutlinedAL.BLOCK);
        deactivate.getStyleClass().add(Styles.DANGER);
        deactivate.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Row r = table.getSelectionModel().getSelectedItem();
            return r == null || !r.account().active();
        }, table.getSelectionModel().selectedItemProperty()));
        deactivate.setOnAction(e -> confirmDeactivate(selected()));

        root = Fx.page(Fx.title(text.t("accounts.title")), Fx.buttons(add, reset, roles, unlock, deactivate),
                Fx.errorLabel(vm.errorProperty(), "accounts-error"), Fx.infoLabel(vm.infoProperty(), "accounts-info"),
                table);
        root.setId("accounts-page");
    }

    private Account selected() {
        return table.getSelectionModel().getSelectedItem().account();
    }

    private static Button button(String id, String label, org.kordamp.ikonli.Ikon icon) {
        Button b = new Button(label, Fx.icon(icon));
        b.setId(id);
        b.setMnemonicParsing(true);
        return b;
    }

    private void open(AccountFormViewModel form) {
        Stage[] stage = new Stage[1];
        AccountFormView view = new AccountFormView(form, text, () -> stage[0].close());
        stage[0] = Modal.open(root.getScene().getWindow(), text.t("accounts.title"), view.root());
    }

    private void confirmDeactivate(Account a) {
        ButtonType yes = new ButtonType(text.t("accounts.deactivate.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(text.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                text.t("accounts.deactivate.question", a.fullName(), a.login()), yes, no);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(text.t("accounts.deactivate"));
        alert.setHeaderText(null);
        alert.showAndWait().filter(yes::equals).ifPresent(b -> vm.deactivate(a));
    }

    public Node root() {
        return root;
    }
}
