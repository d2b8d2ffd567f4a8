package vn.sotruong.desktop.locks;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.core.locks.LockAction;
import vn.sotruong.desktop.common.FormDialog;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.locks.LocksViewModel.DeadlineRow;
import vn.sotruong.desktop.locks.LocksViewModel.DecisionRow;

/**
 * Khóa sổ điểm: "Khóa" and "Mở khóa" (administrator; opening needs the principal's own sign-in), the decisions in
 * force and before (newest first), and beside them the automatic locks at the deadlines.
 */
public final class LocksView {
    private final VBox root;

    public LocksView(LocksViewModel vm, UiText text) {
        TableView<DecisionRow> decisions = Fx.table("locks-table", text.t("locks.none"));
        decisions.getColumns().add(Fx.column(text.t("locks.col.at"), 162, DecisionRow::at));
        decisions.getColumns().add(Fx.column(text.t("locks.col.action"), 76, DecisionRow::action));
        decisions.getColumns().add(Fx.column(text.t("locks.col.scope"), 130, DecisionRow::scope));
        decisions.getColumns().add(Fx.column(text.t("locks.col.columns"), 150, DecisionRow::columns));
        decisions.getColumns().add(Fx.column(text.t("locks.col.decidedBy"), 132, DecisionRow::decidedBy));
        decisions.getColumns().add(Fx.column(text.t("locks.col.recordedBy"), 90, DecisionRow::recordedBy));
        decisions.getColumns().add(Fx.column(text.t("locks.col.until"), 90, DecisionRow::until));
        decisions.getColumns().add(Fx.column(text.t("locks.col.reason"), 200, DecisionRow::reason));
        decisions.setItems(vm.decisions());
        decisions.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DecisionRow r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("opening"), !empty && r != null && r.open());
                setTooltip(empty || r == null ? null : new javafx.scene.control.Tooltip(r.reason()));
            }
        });
        VBox.setVgrow(decisions, Priority.ALWAYS);

        TableView<DeadlineRow> deadlines = Fx.table("locks-deadlines", text.t("table.empty"));
        deadlines.getColumns().add(Fx.column(text.t("locks.deadline.col.what"), 200, DeadlineRow::column));
        deadlines.getColumns().add(Fx.column(text.t("gradebook.term.1"), 260, DeadlineRow::term1));
        deadlines.getColumns().add(Fx.column(text.t("gradebook.term.2"), 260, DeadlineRow::term2));
        deadlines.setItems(vm.deadlines());
        deadlines.setFixedCellSize(26);
        deadlines.setMinHeight(36 + 6 * 26 + 4);
        deadlines.setPrefHeight(36 + 6 * 26 + 4);
        deadlines.setMaxWidth(900);
        decisions.setFixedCellSize(28);
        decisions.setMinHeight(120);
        Label automatic = new Label();
        automatic.setId("locks-automatic");
        automatic.textProperty().bind(vm.automaticProperty());
        automatic.setGraphic(Fx.icon(Material2OutlinedMZ.SCHEDULE));
        automatic.getStyleClass().add("text-bold");
        HBox autoHead = Fx.buttons(Fx.section(text.t("locks.automatic.title")), automatic);
        if (vm.maySwitchAutomatic()) {
            javafx.scene.control.CheckBox auto = new javafx.scene.control.CheckBox(text.t("locks.automatic.switch"));
            auto.setId("locks-automatic-switch");
            auto.setSelected(vm.automaticOnProperty().get());
            auto.setOnAction(e -> vm.switchAutomatic(auto.isSelected()));
            vm.automaticOnProperty().addListener((o, a, on) -> auto.setSelected(on));
            autoHead.getChildren().add(auto);
        }
        autoHead.setSpacing(16);
        VBox body = new VBox(8, Fx.section(text.t("locks.decisions.title")), decisions,
                Fx.note(text.t("locks.decisions.note")), autoHead, Fx.note(text.t("locks.automatic.note")), deadlines);
        VBox.setVgrow(body, Priority.ALWAYS);

        Button refresh = Fx.button("locks-refresh", text.t("action.refresh"), Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> vm.reload());
        HBox bar = Fx.buttons(refresh);
        if (vm.mayManage()) {
            Button lock = Fx.button("locks-lock", text.t("locks.lock"), Material2OutlinedAL.LOCK);
            lock.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
            lock.setOnAction(e -> openForm(vm, text, LockAction.LOCK, lock));
            Button open = Fx.button("locks-open", text.t("locks.open"), Material2OutlinedAL.LOCK_OPEN);
            open.setOnAction(e -> openForm(vm, text, LockAction.OPEN, open));
            bar.getChildren().addAll(0, java.util.List.of(lock, open));
        }
        root = Fx.page(Fx.title(vm.title()), bar, Fx.errorLabel(vm.errorProperty(), "locks-error"),
                Fx.infoLabel(vm.infoProperty(), "locks-info"), body);
        root.setId("locks-page");
        root.setUserData(vm);
    }

    private static void openForm(LocksViewModel vm, UiText text, LockAction action, Node owner) {
        LockFormViewModel form = vm.form(action);
        FormDialog.open(owner.getScene().getWindow(), form.title(), close -> LockFormView.create(form, text, () -> {
            close.run();
            if (form.saved()) {
                vm.saved(action);
            }
        }));
    }

    public Node root() {
        return root;
    }
}
