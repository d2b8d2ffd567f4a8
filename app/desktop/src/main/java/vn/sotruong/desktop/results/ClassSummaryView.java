package vn.sotruong.desktop.results;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import vn.sotruong.core.gradebook.ResultPeriod;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.results.ClassSummaryViewModel.SummaryCell;
import vn.sotruong.desktop.results.ClassSummaryViewModel.SummaryColumn;
import vn.sotruong.desktop.results.ClassSummaryViewModel.SummaryRow;

/** Tổng hợp kết quả of a class: the period picker, the principal's "Duyệt kết quả", and the summary grid. */
public final class ClassSummaryView {
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private static final PseudoClass LEFT = PseudoClass.getPseudoClass("left");

    private final ClassSummaryViewModel vm;
    private final UiText text;
    private final TableView<SummaryRow> table = new TableView<>();
    private final VBox root;

    public ClassSummaryView(ClassSummaryViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
        ComboBox<ResultPeriod> period = Fx.comboBox("summary-period", vm::periodLabel);
        period.getItems().setAll(ResultPeriod.values());
        period.valueProperty().bindBidirectional(vm.periodProperty());
        period.setMinWidth(Region.USE_PREF_SIZE);
        Label periodLabel = new Label(text.t("results.period"));
        periodLabel.setMnemonicParsing(true);
        periodLabel.setLabelFor(period);
        periodLabel.setMinWidth(Region.USE_PREF_SIZE);
        Button approve = Fx.button("summary-approve", text.t("results.approve"), Material2OutlinedAL.FACT_CHECK);
        approve.setOnAction(e -> vm.approve());
        approve.setVisible(vm.canApprove());
        approve.setManaged(vm.canApprove());
        Label approvals = new Label();
        approvals.setId("summary-approvals");
        approvals.textProperty().bind(vm.approvalsProperty());
        approvals.getStyleClass().add("text-muted");
        Node bar = Fx.buttons(periodLabel, period, approve, approvals);
        bar.getStyleClass().add("toolbar-box");

        Label missing = new Label();
        missing.setId("summary-missing");
        missing.textProperty().bind(vm.missingProperty());
        missing.setWrapText(true);

        table.setId("summary-table");
        table.getStyleClass().add("summary-grid");
        table.setPlaceholder(new Label(text.t("results.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(30);
        table.setItems(vm.rows());
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(SummaryRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(LEFT, !empty && row != null && !row.current());
            }
        });
        vm.columns().addListener((ListChangeListener<SummaryColumn>) c -> buildColumns());
        buildColumns();
        VBox.setVgrow(table, Priority.ALWAYS);

        root = new VBox(10, bar, Fx.errorLabel(vm.errorProperty(), "summary-error"),
                Fx.infoLabel(vm.infoProperty(), "summary-info"), missing, table,
                Fx.note(text.t("results.hint")));
        root.setId("summary-page");
    }

    private void buildColumns() {
        table.getColumns().clear();
        if (vm.columns().isEmpty()) {
            return;
        }
        table.getColumns().add(Fx.column(text.t("gradebook.col.stt"), 48, (SummaryRow r) -> String.valueOf(r.stt())));
        TableColumn<SummaryRow, String> name = Fx.column(text.t("gradebook.col.name"), 170, SummaryRow::name);
        table.getColumns().add(name);
        for (SummaryColumn c : vm.columns()) {
            TableColumn<SummaryRow, SummaryCell> col = new TableColumn<>(c.header());
            col.setId("summary-col-" + c.key());
            col.setUserData(c.key());
            col.setPrefWidth(c.width());
            col.setSortable(false);
            col.setReorderable(false);
            col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().cell(c.key())));
            col.setCellFactory(tc -> new SummaryCellView(c.width() < 60));
            col.setMinWidth(Math.min(c.width(), 40));
            table.getColumns().add(col);
        }
    }

    /** A result with its explanation on hover; results needing attention are red. */
    private static final class SummaryCellView extends TableCell<SummaryRow, SummaryCell> {
        private final Tooltip tooltip = new Tooltip();

        SummaryCellView(boolean narrow) {
            setAlignment(narrow ? Pos.CENTER : Pos.CENTER_LEFT);
            getStyleClass().add("summary-cell");
            tooltip.setShowDelay(Duration.millis(300));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(460);
        }

        @Override
        protected void updateItem(SummaryCell cell, boolean empty) {
            super.updateItem(cell, empty);
            setText(empty || cell == null ? null : cell.shown());
            pseudoClassStateChanged(WARN, !empty && cell != null && cell.warn());
            if (empty || cell == null || cell.note().isEmpty()) {
                setTooltip(null);
            } else {
                tooltip.setText(cell.note());
                setTooltip(tooltip);
            }
        }
    }

    public Node root() {
        return root;
    }
}
