package vn.sotruong.desktop.signing;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.signing.TrustListViewModel.BindingRow;
import vn.sotruong.desktop.signing.TrustListViewModel.RootRow;

/** Danh sách tin cậy on the Chữ ký số page: imported CA roots and registered certificates. */
final class TrustListView {
    private TrustListView() {
    }

    static Node create(TrustListViewModel vm, UiText text) {
        TableView<RootRow> roots = Fx.table("trust-roots", text.t("trust.noRoots"));
        roots.getColumns().add(Fx.column(text.t("trust.col.name"), 230, RootRow::name));
        roots.getColumns().add(Fx.column(text.t("trust.col.fingerprint"), 330, RootRow::fingerprint));
        roots.getColumns().add(Fx.column(text.t("keys.col.until"), 95, RootRow::validUntil));
        roots.getColumns().add(Fx.column(text.t("trust.col.addedBy"), 90, RootRow::addedBy));
        roots.setItems(vm.roots());
        fewRows(roots, 3);

        Button add = Fx.button("trust-choose", text.t("trust.choose"), Material2OutlinedAL.ADD_CIRCLE_OUTLINE);
        add.setOnAction(e -> {
            File f = chooser(text).showOpenDialog(add.getScene().getWindow());
            if (f != null) {
                vm.preview(f.toPath());
            }
        });
        Button remove = Fx.button("trust-remove", text.t("trust.remove"), Material2OutlinedMZ.REMOVE_CIRCLE_OUTLINE);
        remove.disableProperty().bind(roots.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(roots.getSelectionModel().getSelectedItem()));
        HBox rootButtons = Fx.buttons(add, remove);
        shownWhen(vm.mayManageRootsProperty(), rootButtons);

        Label pending = new Label();
        pending.setId("trust-pending");
        pending.setWrapText(true);
        pending.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        pending.textProperty().bind(vm.pendingProperty());
        Button confirmAdd = Fx.button("trust-add", text.t("trust.add"), Material2OutlinedAL.CHECK_CIRCLE);
        confirmAdd.getStyleClass().add(Styles.ACCENT);
        confirmAdd.setOnAction(e -> vm.add());
        Button cancel = Fx.button("trust-cancel", text.t("trust.cancel"), Material2OutlinedAL.CLOSE);
        cancel.setOnAction(e -> vm.cancel());
        VBox confirm = new VBox(6, pending, Fx.buttons(confirmAdd, cancel));
        confirm.setId("trust-confirm-box");
        shownWhen(vm.hasPendingProperty(), confirm);

        TableView<BindingRow> bindings = Fx.table("trust-bindings", text.t("trust.noBindings"));
        bindings.getColumns().add(Fx.column(text.t("keys.col.login"), 90, BindingRow::login));
        bindings.getColumns().add(Fx.column(text.t("keys.col.name"), 150, BindingRow::name));
        bindings.getColumns().add(Fx.column(text.t("keys.col.issuer"), 150, BindingRow::issuer));
        bindings.getColumns().add(Fx.column(text.t("trust.col.fingerprint"), 250, BindingRow::fingerprint));
        bindings.getColumns().add(Fx.column(text.t("keys.col.state"), 130, BindingRow::state));
        bindings.setItems(vm.bindings());
        fewRows(bindings, 3);
        Button register = Fx.button("trust-register", text.t("trust.register"), Material2OutlinedAL.ASSIGNMENT_IND);
        register.setOnAction(e -> {
            File f = chooser(text).showOpenDialog(register.getScene().getWindow());
            if (f != null) {
                vm.register(f.toPath());
            }
        });
        Button confirmCert = Fx.button("trust-confirm", text.t("trust.confirm"), Material2OutlinedMZ.VERIFIED_USER);
        confirmCert.disableProperty().bind(bindings.getSelectionModel().selectedItemProperty().isNull());
        confirmCert.setOnAction(e -> vm.confirm(bindings.getSelectionModel().getSelectedItem()));
        shownWhen(vm.mayConfirmProperty(), confirmCert);

        VBox box = new VBox(8, Fx.section(text.t("trust.title")), Fx.note(text.t("trust.note")), roots, rootButtons,
                confirm, Fx.section(text.t("trust.bindingsTitle")), bindings, Fx.buttons(register, confirmCert));
        box.setId("trust-section");
        return box;
    }

    /** Compact rows, room for {@code rows} of them: the page scrolls, the tables do not shrink to their header. */
    private static void fewRows(TableView<?> table, int rows) {
        table.setFixedCellSize(28);
        table.setPrefHeight(36 + rows * 28 + 4);
        table.setMinHeight(36 + rows * 28 + 4);
    }

    private static FileChooser chooser(UiText text) {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.t("trust.filter"), "*.cer", "*.crt", "*.pem",
                "*.der", "*.CER", "*.CRT", "*.PEM", "*.DER"));
        return c;
    }

    private static void shownWhen(javafx.beans.property.BooleanProperty p, Node n) {
        n.visibleProperty().bind(p);
        n.managedProperty().bind(p);
    }
}
