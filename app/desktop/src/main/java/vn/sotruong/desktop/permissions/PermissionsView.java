package vn.sotruong.desktop.permissions;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.security.Role;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/** One row per permission, one column per role (short names, full name on hover). */
public final class PermissionsView {
    private final VBox root;

    public PermissionsView(PermissionsViewModel vm, UiText text) {
        GridPane grid = new GridPane();
        grid.setId("permissions-grid");
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(4));
        Role[] roles = Role.values();
        for (int c = 0; c < roles.length; c++) {
            Label head = new Label(text.t("role.short." + roles[c].code()));
            head.setTooltip(new Tooltip(text.role(roles[c])));
            head.getStyleClass().add("text-bold");
            GridPane.setHalignment(head, HPos.CENTER);
            grid.add(head, c + 1, 0);
        }
        Permission[] permissions = Permission.values();
        for (int r = 0; r < permissions.length; r++) {
            Permission p = permissions[r];
            Label name = new Label(text.code(p.labelKey()));
            name.setMinWidth(Label.USE_PREF_SIZE);
            grid.add(name, 0, r + 1);
            for (int c = 0; c < roles.length; c++) {
                CheckBox box = new CheckBox();
                box.setId("perm-" + roles[c].code() + "-" + p.name());
                box.setTooltip(new Tooltip(text.role(roles[c]) + " — " + text.code(p.labelKey())));
                box.selectedProperty().bindBidirectional(vm.cell(roles[c], p));
                box.disableProperty().bind(vm.editableProperty().not());
                GridPane.setHalignment(box, HPos.CENTER);
                grid.add(box, c + 1, r + 1);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button save = new Button(text.t("action.save"), Fx.icon(Material2OutlinedMZ.SAVE));
        save.setId("permissions-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.editableProperty().not());
        save.setOnAction(e -> vm.save());
        Button defaults = new Button(text.t("permissions.defaults"), Fx.icon(Material2OutlinedMZ.SETTINGS_BACKUP_RESTORE));
        defaults.setId("permissions-defaults");
        defaults.disableProperty().bind(vm.editableProperty().not());
        defaults.setOnAction(e -> vm.showDefaults());
        Button undo = new Button(text.t("action.refresh"), Fx.icon(Material2OutlinedMZ.REFRESH));
        undo.setOnAction(e -> vm.reload());

        root = Fx.page(Fx.title(text.t("permissions.title")), new Label(text.t("permissions.explain")),
                Fx.buttons(save, defaults, undo), Fx.infoLabel(vm.infoProperty(), "permissions-info"),
                Fx.errorLabel(vm.errorProperty(), "permissions-error"), scroll);
        root.setId("permissions-page");
    }

    public Node root() {
        return root;
    }
}
