package vn.sotruong.desktop.gradebook;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.gradebook.CellHistoryViewModel.Change;
import vn.sotruong.desktop.i18n.UiText;

/** The window "Lịch sử ô": a table of the cell's changes and Đóng. */
final class CellHistoryView {
    private CellHistoryView() {
    }

    static Parent create(CellHistoryViewModel vm, UiText text, Runnable close) {
        TableView<Change> table = Fx.table("cell-history-table", text.t("gradebook.history.empty"));
        table.getColumns().add(Fx.column(text.t("gradebook.history.at"), 160, Change::at));
        table.getColumns().add(Fx.column(text.t("gradebook.history.who"), 110, Change::who));
        table.getColumns().add(Fx.column(text.t("gradebook.history.old"), 90, Change::oldValue));
        table.getColumns().add(Fx.column(text.t("gradebook.history.new"), 90, Change::newValue));
        table.getColumns().add(Fx.column(text.t("gradebook.history.via"), 210, Change::via));
        table.setItems(vm.changes());
        table.setPrefHeight(260);
        Button done = new Button(text.t("action.close"));
        done.setId("cell-history-close");
        done.setCancelButton(true);
        done.setDefaultButton(true);
        done.setOnAction(e -> close.run());
        VBox root = new VBox(12, Fx.title(vm.title()), Fx.errorLabel(vm.errorProperty(), "cell-history-error"), table,
                Fx.buttons(Fx.grow(), done));
        root.setPrefWidth(760);
        root.setId("cell-history");
        root.getStyleClass().add("dialog-pane-content");
        return root;
    }
}
