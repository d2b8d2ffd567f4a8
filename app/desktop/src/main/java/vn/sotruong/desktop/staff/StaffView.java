package vn.sotruong.desktop.staff;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.common.FormDialog;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.staff.StaffViewModel.DepartmentRow;
import vn.sotruong.desktop.staff.StaffViewModel.StaffRow;

/** Tổ chuyên môn và cán bộ: departments and their heads on the left, the staff list on the right. */
public final class StaffView {
    private final VBox root;
    private final StaffViewModel vm;
    private final UiText text;

    public StaffView(StaffViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
        VBox left = departments();
        VBox right = staff();
        HBox.setHgrow(left, Priority.SOMETIMES);
        HBox.setHgrow(right, Priority.ALWAYS);
        // the staff table needs the room: five columns of Vietnamese headers and names
        left.setPrefWidth(360);
        left.setMinWidth(320);
        right.setPrefWidth(700);
        HBox columns = new HBox(20, left, right);
        VBox.setVgrow(columns, Priority.ALWAYS);
        root = Fx.page(Fx.title(text.t("staff.title")), Fx.errorLabel(vm.errorProperty(), "staff-error"),
                Fx.infoLabel(vm.infoProperty(), "staff-info"), columns);
        root.setId("staff-page");
    }

    private VBox departments() {
        TableView<DepartmentRow> table = Fx.table("departments-table", text.t("staff.departments.empty"));
        table.getColumns().add(Fx.column(text.t("staff.department"), 135, (DepartmentRow r) -> r.department().name()));
        table.getColumns().add(Fx.column(text.t("staff.head"), 130, DepartmentRow::head));
        table.getColumns().add(Fx.column(text.t("staff.members"), 90, (DepartmentRow r) -> String.valueOf(r.members())));
        table.setItems(vm.departments());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> vm.selectedDepartmentProperty().set(r));
        vm.selectedDepartmentProperty().addListener((o, a, r) -> {
            if (r != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(r);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, Fx.section(text.t("staff.departments")));
        if (vm.canEdit()) {
            TextField name = Fx.textField("department-name", vm.newDepartmentProperty());
            name.setPromptText(text.t("staff.department.prompt"));
            HBox.setHgrow(name, Priority.ALWAYS);
            Button add = Fx.button("department-add", text.t("staff.department.add"), Material2OutlinedAL.ADD);
            add.disableProperty().bind(vm.newDepartmentProperty().isEmpty());
            add.setOnAction(e -> vm.addDepartment());
            name.setOnAction(e -> vm.addDepartment());
            box.getChildren().add(Fx.buttons(name, add));
        }
        box.getChildren().add(table);
        if (vm.canEdit()) {
            ComboBox<Choice> head = Fx.comboBox("department-head", Choice::label);
            head.setItems(vm.heads());
            head.valueProperty().bindBidirectional(vm.headProperty());
            head.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(head, Priority.ALWAYS);
            Button save = Fx.button("department-head-save", text.t("staff.head.save"), Material2OutlinedMZ.SAVE);
            save.getStyleClass().add(Styles.ACCENT);
            save.setOnAction(e -> vm.saveHead());
            Label l = new Label(text.t("staff.head.label"));
            l.setLabelFor(head);
            HBox picker = Fx.buttons(head, save);
            VBox headBox = new VBox(6, l, picker);
            headBox.disableProperty().bind(vm.selectedDepartmentProperty().isNull());
            box.getChildren().addAll(headBox, Fx.note(text.t("staff.head.note")));
        }
        return box;
    }

    private VBox staff() {
        TableView<StaffRow> table = Fx.table("staff-table", text.t("table.empty"));
        // the phone is in the edit form: six columns do not fit a 1366-pixel screen
        table.getColumns().add(Fx.column(text.t("staff.name"), 165, (StaffRow r) -> r.member().fullName()));
        table.getColumns().add(Fx.column(text.t("staff.position"), 125, (StaffRow r) -> orDash(r.member().position())));
        table.getColumns().add(Fx.column(text.t("staff.department"), 135, StaffRow::department));
        table.getColumns().add(Fx.column(text.t("staff.login"), 125, StaffRow::login));
        table.getColumns().add(Fx.column(text.t("staff.status"), 135, (StaffRow r) ->
                text.t(r.accountActive() ? "accounts.active" : "accounts.inactive")));
        table.setItems(vm.staff());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, Fx.section(text.t("staff.list")));
        if (vm.canEdit()) {
            Button edit = Fx.button("staff-edit", text.t("staff.edit"), Material2OutlinedAL.EDIT);
            edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            edit.setOnAction(e -> openForm(table.getSelectionModel().getSelectedItem()));
            table.setRowFactory(tv -> {
                TableRow<StaffRow> row = new TableRow<>();
                row.setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && !row.isEmpty()) {
                        openForm(row.getItem());
                    }
                });
                return row;
            });
            box.getChildren().add(Fx.buttons(edit));
        }
        box.getChildren().addAll(table, Fx.note(text.t("staff.note")));
        return box;
    }

    private void openForm(StaffRow row) {
        FormDialog.open(root.getScene().getWindow(), text.t("staff.title"),
                close -> StaffFormView.create(vm.editForm(row.member()), text, close));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    public Node root() {
        return root;
    }
}
