package vn.sotruong.desktop.review;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.review.ProgressViewModel.Row;

/** Tiến độ nhập điểm: filters by class, teacher and status, the table of columns, the totals, save as xlsx. */
final class ProgressView {
    private final VBox root;

    ProgressView(ProgressViewModel vm, UiText text) {
        ComboBox<Choice> cls = Fx.comboBox("progress-class", Choice::label);
        cls.setItems(vm.classes());
        cls.valueProperty().bindBidirectional(vm.classProperty());
        ComboBox<Choice> teacher = Fx.comboBox("progress-teacher", Choice::label);
        teacher.setItems(vm.teachers());
        teacher.valueProperty().bindBidirectional(vm.teacherProperty());
        ComboBox<String> status = Fx.comboBox("progress-status", vm::statusLabel);
        status.setItems(vm.statuses());
        status.valueProperty().bindBidirectional(vm.statusProperty());
        var refresh = Fx.button("progress-refresh", text.t("progress.refresh"), Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> vm.load());
        var save = Fx.button("progress-save", text.t("review.saveXlsx"), Material2OutlinedAL.GRID_ON);
        save.setOnAction(e -> ReviewView.saveAs(save, text, "tien-do-nhap-diem.xlsx", vm::save));

        TableView<Row> table = Fx.table("progress-table", text.t("progress.none"));
        table.getColumns().add(Fx.column(text.t("progress.col.class"), 60, Row::className));
        table.getColumns().add(Fx.column(text.t("progress.col.sheet"), 105, Row::sheet));
        table.getColumns().add(Fx.column(text.t("progress.col.column"), 90, Row::column));
        table.getColumns().add(Fx.column(text.t("progress.col.teacher"), 150, Row::teacher));
        table.getColumns().add(Fx.column(text.t("progress.col.due"), 95, Row::due));
        table.getColumns().add(Fx.column(text.t("progress.col.expected"), 85, Row::expected));
        table.getColumns().add(Fx.column(text.t("progress.col.entered"), 85, Row::entered));
        table.getColumns().add(Fx.column(text.t("progress.col.late"), 95, Row::late));
        table.getColumns().add(Fx.column(text.t("progress.col.missing"), 85, Row::missing));
        table.getColumns().add(Fx.column(text.t("progress.col.status"), 190, Row::status));
        table.setItems(vm.rows());
        VBox.setVgrow(table, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("progress-summary");
        summary.textProperty().bind(vm.summaryProperty());

        root = new VBox(12, Fx.buttons(new Label(text.t("review.class")), cls, new Label(text.t("progress.teacher")),
                teacher, new Label(text.t("progress.status")), status, refresh, Fx.grow(), save),
                Fx.errorLabel(vm.errorProperty(), "progress-error"), Fx.infoLabel(vm.infoProperty(), "progress-info"),
                summary, table);
        root.setPadding(new Insets(12, 0, 0, 0));
        root.setId("progress-tab");
    }

    Node root() {
        return root;
    }
}
