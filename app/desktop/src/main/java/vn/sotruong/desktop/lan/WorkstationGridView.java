package vn.sotruong.desktop.lan;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.lan.WorkstationCell.State;
import vn.sotruong.server.wire.Wire.BookView;
import vn.sotruong.server.wire.Wire.ColumnView;
import vn.sotruong.server.wire.Wire.SheetChoiceView;

/**
 * The workstation's Sổ điểm page: class, sheet and term pickers, the banner when the office PC cannot be reached
 * (with "Gửi lại"), and the grid whose cells show where each typed entry stands. Asks for others' changes every
 * {@code pollEvery} while shown.
 */
public final class WorkstationGridView {
    private static final PseudoClass SENDING = PseudoClass.getPseudoClass("sending");
    private static final PseudoClass SAVED = PseudoClass.getPseudoClass("saved");
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final PseudoClass UNSENT = PseudoClass.getPseudoClass("unsent");

    private final VBox root;
    private final Timeline poller;
    private final WorkstationGridViewModel vm;
    private final TableView<WorkstationRow> table = new TableView<>();
    private final UiText text;

    public WorkstationGridView(WorkstationGridViewModel vm, UiText text, java.time.Duration pollEvery) {
        this.vm = vm;
        this.text = text;
        ComboBox<BookView> classes = Fx.comboBox("ws-class", b -> b == null ? "" : b.className());
        classes.setItems(vm.books());
        classes.valueProperty().bindBidirectional(vm.bookProperty());
        ComboBox<SheetChoiceView> sheets = Fx.comboBox("ws-sheet", s -> s == null ? "" : vm.label(s));
        sheets.setItems(vm.sheets());
        sheets.valueProperty().bindBidirectional(vm.sheetProperty());
        ComboBox<Integer> term = Fx.comboBox("ws-term", vm::termLabel);
        term.getItems().setAll(1, 2);
        term.valueProperty().bindBidirectional(vm.termProperty());
        Label year = new Label();
        year.textProperty().bind(vm.yearProperty().map(y -> text.t("ws.year", y)));
        year.getStyleClass().add(Styles.TEXT_MUTED);
        HBox pickers = new HBox(10, labelFor(text.t("gradebook.class"), classes), classes,
                labelFor(text.t("gradebook.sheet"), sheets), sheets, term, Fx.grow(), year);
        pickers.setAlignment(Pos.CENTER_LEFT);

        Label bannerText = new Label();
        bannerText.setId("ws-banner");
        bannerText.textProperty().bind(vm.bannerProperty());
        bannerText.setWrapText(true);
        Button retry = new Button(text.t("ws.retry"));
        retry.setId("ws-retry");
        retry.setOnAction(e -> vm.retry());
        retry.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox banner = new HBox(12, Fx.icon(org.kordamp.ikonli.material2.Material2AL.CLOUD_OFF), bannerText,
                Fx.grow(), retry);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("ws-banner");
        banner.setId("ws-offline");
        banner.visibleProperty().bind(vm.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        HBox.setHgrow(bannerText, Priority.ALWAYS);

        table.setId("ws-grid");
        table.getStyleClass().addAll("ws-grid", Styles.BORDERED, Styles.DENSE);
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label(text.t("ws.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);
        vm.columns().addListener((javafx.collections.ListChangeListener<ColumnView>) c -> buildColumns());
        table.setItems(vm.rows());

        Label error = Fx.errorLabel(vm.errorProperty(), "ws-error");
        Label status = new Label();
        status.setId("ws-status");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        Button retryAll = new Button(text.t("ws.retry"));
        retryAll.setId("ws-retry-all");
        retryAll.setOnAction(e -> vm.retry());
        // the selected cell: whose, which column, and where its entry stands (why refused, not sent, who entered it)
        Label cellNote = new Label();
        cellNote.setId("ws-cell-note");
        cellNote.setWrapText(true);
        table.getSelectionModel().getSelectedCells().addListener(
                (javafx.collections.ListChangeListener<javafx.scene.control.TablePosition>) c -> cellNote.setText(note()));
        vm.rows().addListener((javafx.collections.ListChangeListener<WorkstationRow>) c -> cellNote.setText(""));
        vm.statusProperty().addListener((o, was, now) -> cellNote.setText(note()));
        HBox foot = new HBox(12, status, Fx.grow(), retryAll);
        foot.setAlignment(Pos.CENTER_LEFT);

        root = Fx.page(Fx.title(text.t("nav.gradebook")), pickers, banner, error, table, cellNote, foot);
        root.setId("ws-gradebook");
        poller = new Timeline(new KeyFrame(Duration.millis(pollEvery.toMillis()), e -> vm.poll()));
        poller.setCycleCount(Timeline.INDEFINITE);
        buildColumns();
    }

    private void buildColumns() {
        TableColumn<WorkstationRow, String> number = Fx.column(text.t("gradebook.col.stt"), 52,
                r -> String.valueOf(r.number()));
        TableColumn<WorkstationRow, String> name = Fx.column(text.t("gradebook.col.name"), 200, WorkstationRow::name);
        number.setEditable(false);
        name.setEditable(false);
        List<TableColumn<WorkstationRow, ?>> list = new java.util.ArrayList<>(List.of(number, name));
        for (ColumnView c : vm.columns()) {
            TableColumn<WorkstationRow, WorkstationCell> col = new TableColumn<>(c.header());
            col.setId("ws-col-" + c.slot());
            col.setPrefWidth(c.kind().equals("REMARK") ? 180 : 92);
            col.setSortable(false);
            col.setCellValueFactory(f -> f.getValue().cell(c.slot()));
            col.setCellFactory(x -> new EntryCell(c));
            list.add(col);
        }
        table.getColumns().setAll(list);
    }

    private String note() {
        if (table.getSelectionModel().getSelectedCells().isEmpty()) {
            return "";
        }
        javafx.scene.control.TablePosition<?, ?> at = table.getSelectionModel().getSelectedCells().getFirst();
        if (at.getRow() < 0 || at.getRow() >= table.getItems().size() || at.getTableColumn() == null
                || !(at.getTableColumn().getCellData(at.getRow()) instanceof WorkstationCell cell)) {
            return "";
        }
        String head = table.getItems().get(at.getRow()).name() + " · " + at.getTableColumn().getText();
        return cell.note().isEmpty() ? head : head + ": " + cell.note();
    }

    private static Label labelFor(String mnemonicText, javafx.scene.Node field) {
        Label l = new Label(mnemonicText);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        return l;
    }

    /** Starts asking for others' changes (while the page is shown). */
    public void start() {
        poller.play();
    }

    public void stop() {
        poller.stop();
    }

    public Parent root() {
        return root;
    }

    /** A cell: the entry and its state as colour and tooltip; typing edits it, Enter sends it. */
    private final class EntryCell extends TableCell<WorkstationRow, WorkstationCell> {
        private final ColumnView column;
        private TextField editor;

        EntryCell(ColumnView column) {
            this.column = column;
            getStyleClass().add("ws-cell");
        }

        @Override
        public void startEdit() {
            WorkstationRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row == null || vm.whyReadOnly(row, column) != null) {
                if (row != null) {
                    vm.errorProperty().set(vm.whyReadOnly(row, column));
                }
                return;
            }
            super.startEdit();
            vm.startEdit(row.pupilId(), column.slot());
            editor = new TextField(getItem() == null ? "" : getItem().shown());
            editor.setOnKeyPressed(k -> {
                if (k.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                }
            });
            editor.setOnAction(e -> commitEdit(getItem()));
            ChangeListener<Boolean> blur = (o, was, now) -> {
                if (!now && isEditing()) {
                    commitEdit(getItem());
                }
            };
            editor.focusedProperty().addListener(blur);
            setText(null);
            setGraphic(editor);
            editor.requestFocus();
            editor.selectAll();
        }

        @Override
        public void commitEdit(WorkstationCell value) {
            WorkstationRow row = getTableRow().getItem();
            // sent before the edit ends: the version seen when editing began goes with it
            vm.commit(row, column, editor.getText());
            super.cancelEdit();
            setGraphic(null);
            show(getItem());
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            vm.cancelEdit();
            setGraphic(null);
            show(getItem());
        }

        @Override
        protected void updateItem(WorkstationCell cell, boolean empty) {
            super.updateItem(cell, empty);
            if (isEditing()) {
                return;
            }
            show(empty ? null : cell);
        }

        private void show(WorkstationCell cell) {
            setText(cell == null ? null : cell.shown());
            State s = cell == null ? State.STORED : cell.state();
            pseudoClassStateChanged(SENDING, s == State.SENDING);
            pseudoClassStateChanged(SAVED, s == State.SAVED);
            pseudoClassStateChanged(REFUSED, s == State.REFUSED);
            pseudoClassStateChanged(UNSENT, s == State.UNSENT);
            setTooltip(cell == null || cell.note().isEmpty() ? null : new Tooltip(cell.note()));
        }
    }
}
