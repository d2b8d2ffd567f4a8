package vn.sotruong.desktop.review;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.review.OverdueViewModel.Row;

/** Việc quá hạn: the principal's overdue items of the year's plan as a table, read again on demand. */
final class OverdueView {
    private final VBox root;

    OverdueView(OverdueViewModel vm, UiText text) {
        var refresh = Fx.button("overdue-refresh", text.t("progress.refresh"), Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> vm.load());
        TableView<Row> table = Fx.table("overdue-table", text.t("overdue.none"));
        table.getColumns().add(Fx.column(text.t("overdue.col.item"), 420, Row::item));
        table.getColumns().add(Fx.column(text.t("overdue.col.due"), 110, Row::due));
        table.getColumns().add(Fx.column(text.t("overdue.col.late"), 130, Row::late));
        table.getColumns().add(Fx.column(text.t("overdue.col.outstanding"), 220, Row::outstanding));
        table.setItems(vm.rows());
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(12, Fx.buttons(Fx.note(text.t("overdue.hint")), Fx.grow(), refresh),
                Fx.errorLabel(vm.errorProperty(), "overdue-error"), table);
        root.setPadding(new Insets(12, 0, 0, 0));
        root.setId("overdue-tab");
    }

    Node root() {
        return root;
    }
}
