package vn.sotruong.desktop.registers;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.core.registers.KeepingStep;
import vn.sotruong.desktop.common.DateConverter;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Danh mục hồ sơ (a tab of In sổ): the year's books with their state, out-of-date ones in red; "Đóng quyển" and
 * "Lưu trữ" with a day for the chosen book; "Lưu Excel…" and "Lưu PDF…" to present the catalogue for approval.
 */
public final class CatalogueView {
    private final VBox root;
    private final CatalogueViewModel vm;
    private final UiText text;

    public CatalogueView(CatalogueViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
        TableView<CatalogueRow> table = Fx.table("catalogue-table", text.t("catalogue.empty"));
        table.setItems(vm.rows());
        table.getColumns().add(Fx.column(text.t("catalogue.col.no"), 40, r -> String.valueOf(r.no())));
        table.getColumns().add(Fx.column(text.t("catalogue.col.book"), 205, CatalogueRow::book));
        table.getColumns().add(Fx.column(text.t("catalogue.col.what"), 195, CatalogueRow::what));
        TableColumn<CatalogueRow, String> state = Fx.column(text.t("catalogue.col.state"), 100, CatalogueRow::state);
        state.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                CatalogueRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
                setStyle(r != null && r.outOfDate() ? "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;" : "");
            }
        });
        table.getColumns().add(state);
        table.getColumns().add(Fx.column(text.t("catalogue.col.print"), 70,
                r -> r.ledgerId() == 0 ? "" : String.valueOf(r.ledgerId())));
        table.getColumns().add(Fx.column(text.t("catalogue.col.printedOn"), 85, CatalogueRow::printedOn));
        table.getColumns().add(Fx.column(text.t("catalogue.col.signed"), 115, CatalogueRow::signed));
        table.getColumns().add(Fx.column(text.t("catalogue.col.bound"), 80, CatalogueRow::bound));
        table.getColumns().add(Fx.column(text.t("catalogue.col.archived"), 85, CatalogueRow::archived));
        table.getColumns().add(Fx.column(text.t("catalogue.col.note"), 90, CatalogueRow::note));
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinHeight(200);

        Button reload = Fx.button("catalogue-reload", text.t("catalogue.reload"), Material2OutlinedMZ.REFRESH);
        reload.setOnAction(e -> vm.load());
        Button xlsx = Fx.button("catalogue-xlsx", text.t("catalogue.saveXlsx"), Material2OutlinedAL.GRID_ON);
        xlsx.setOnAction(e -> choose("xlsx"));
        Button pdf = Fx.button("catalogue-pdf", text.t("catalogue.savePdf"), Material2OutlinedMZ.PICTURE_AS_PDF);
        pdf.setOnAction(e -> choose("pdf"));
        Label summary = new Label();
        summary.setId("catalogue-summary");
        summary.textProperty().bind(vm.summaryProperty());

        DatePicker day = new DatePicker();
        day.setId("catalogue-day");
        day.setConverter(new DateConverter()); // dd/MM/yyyy whatever the computer's locale
        day.valueProperty().bindBidirectional(vm.dayProperty());
        day.setPrefWidth(140);
        Button bound = Fx.button("catalogue-bound", text.t("catalogue.bind"), Material2OutlinedAL.BOOK);
        Button archived = Fx.button("catalogue-archived", text.t("catalogue.archive"), Material2OutlinedAL.ARCHIVE);
        var noPrint = Bindings.createBooleanBinding(() -> {
            CatalogueRow r = table.getSelectionModel().getSelectedItem();
            return r == null || r.ledgerId() == 0;
        }, table.getSelectionModel().selectedItemProperty());
        bound.disableProperty().bind(vm.busyProperty().or(noPrint));
        archived.disableProperty().bind(vm.busyProperty().or(noPrint));
        bound.setOnAction(e -> vm.keep(table.getSelectionModel().getSelectedItem(), KeepingStep.BOUND));
        archived.setOnAction(e -> vm.keep(table.getSelectionModel().getSelectedItem(), KeepingStep.ARCHIVED));
        Label dayLabel = new Label(text.t("catalogue.day"));
        dayLabel.setLabelFor(day);

        root = new VBox(8, Fx.section(text.t("catalogue.title")), Fx.note(text.t("catalogue.intro")),
                Fx.buttons(reload, xlsx, pdf, Fx.grow(), summary), table,
                Fx.buttons(dayLabel, day, bound, archived),
                Fx.errorLabel(vm.errorProperty(), "catalogue-error"), Fx.infoLabel(vm.infoProperty(), "catalogue-info"));
        root.setId("catalogue-page");
        root.setPadding(new javafx.geometry.Insets(16));
        vm.load();
    }

    private void choose(String extension) {
        FileChooser c = new FileChooser();
        c.setTitle(text.t("catalogue.saveTitle"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        c.setInitialFileName(vm.suggestedFileName(extension));
        File picked = c.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (picked != null) {
            vm.save(picked.toPath());
        }
    }

    public Node root() {
        return root;
    }
}
