package vn.sotruong.desktop.signing;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.signing.SigningKeysViewModel.KeyRow;

/** Chữ ký số: the school's authority, the certificates, and issuing, exporting and importing keys. */
public final class SigningKeysView {
    private final VBox root;

    public SigningKeysView(SigningKeysViewModel vm, UiText text) {
        Label authority = new Label();
        authority.setId("keys-authority");
        authority.setWrapText(true);
        authority.textProperty().bind(vm.authorityProperty());
        Button create = Fx.button("keys-create-authority", text.t("keys.createAuthority"), Material2OutlinedMZ.SECURITY);
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> vm.createAuthority());
        create.visibleProperty().bind(vm.mayCreateAuthorityProperty());
        create.managedProperty().bind(vm.mayCreateAuthorityProperty());

        TableView<KeyRow> table = Fx.table("keys-table", text.t("keys.none"));
        table.getColumns().add(Fx.column(text.t("keys.col.login"), 100, KeyRow::login));
        table.getColumns().add(Fx.column(text.t("keys.col.name"), 170, KeyRow::name));
        table.getColumns().add(Fx.column(text.t("keys.col.serial"), 150, KeyRow::serial));
        table.getColumns().add(Fx.column(text.t("keys.col.issuer"), 200, KeyRow::issuer));
        table.getColumns().add(Fx.column(text.t("keys.col.until"), 95, KeyRow::validUntil));
        table.getColumns().add(Fx.column(text.t("keys.col.origin"), 110, KeyRow::origin));
        table.getColumns().add(Fx.column(text.t("keys.col.state"), 100, KeyRow::state));
        table.setItems(vm.keys());
        table.setPrefHeight(200);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null && vm.logins().contains(r.login())) {
                vm.loginProperty().set(r.login());
            }
        });

        HBox forms = new HBox(24, issueForm(vm, text), importForm(vm, text));
        root = Fx.page(Fx.title(text.t("keys.title")), Fx.note(text.t("keys.note")), Fx.buttons(authority, create),
                Fx.errorLabel(vm.errorProperty(), "keys-error"), Fx.infoLabel(vm.infoProperty(), "keys-info"), table,
                forms, TrustListView.create(vm.trust(), text));
        root.setId("keys-page");
        root.setUserData(vm);
    }

    private static Node issueForm(SigningKeysViewModel vm, UiText text) {
        ComboBox<String> login = new ComboBox<>(vm.logins());
        login.setId("keys-login");
        login.valueProperty().bindBidirectional(vm.loginProperty());
        login.setDisable(!vm.managerProperty().get());
        PasswordField password = Fx.passwordField("keys-password", vm.passwordProperty());
        PasswordField repeat = Fx.passwordField("keys-repeat", vm.repeatProperty());
        GridPane form = Fx.form();
        Fx.row(form, text.t("keys.account"), login);
        Fx.row(form, text.t("keys.password"), password);
        Fx.row(form, text.t("keys.repeat"), repeat);
        Button issue = Fx.button("keys-issue", text.t("keys.issue"), Material2OutlinedMZ.VPN_KEY);
        issue.setOnAction(e -> vm.issue());
        Button export = Fx.button("keys-export", text.t("keys.export"), Material2OutlinedMZ.SAVE_ALT);
        export.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.setInitialFileName(vm.loginProperty().get() + ".p12");
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.t("sign.p12Filter"), "*.p12"));
            File f = c.showSaveDialog(export.getScene().getWindow());
            if (f != null) {
                vm.exportTo(f.toPath());
            }
        });
        VBox box = new VBox(10, Fx.section(text.t("keys.issueTitle")), form, Fx.note(text.t("keys.passwordRule")),
                Fx.buttons(issue, export));
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static Node importForm(SigningKeysViewModel vm, UiText text) {
        PasswordField password = Fx.passwordField("keys-import-password", vm.importPasswordProperty());
        GridPane form = Fx.form();
        Fx.row(form, text.t("sign.file"), KeyFileField.of("keys-import-file", vm.importFileProperty(), text));
        Fx.row(form, text.t("keys.filePassword"), password);
        Button importKey = Fx.button("keys-import", text.t("keys.import"), Material2OutlinedAL.FILE_UPLOAD);
        importKey.setOnAction(e -> vm.importOwn());
        VBox box = new VBox(10, Fx.section(text.t("keys.importTitle")), form, Fx.note(text.t("keys.importNote")),
                Fx.buttons(importKey));
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    public Node root() {
        return root;
    }
}
