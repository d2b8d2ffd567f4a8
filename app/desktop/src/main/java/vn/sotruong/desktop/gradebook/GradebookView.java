package vn.sotruong.desktop.gradebook;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.gradebook.GradebookViewModel.SheetChoice;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.results.ClassSummaryView;
import vn.sotruong.desktop.results.ClassSummaryViewModel;

/**
 * Sổ điểm: the class picker, then two tabs: "Nhập điểm" (the entry grid of a sheet and term, each cell
 * saved as it is committed) and "Tổng hợp kết quả" (the class summary, read each time it is opened).
 */
public final class GradebookView {
    private final GradebookViewModel vm;
    private final UiText text;
    private final VBox root;

    public GradebookView(GradebookViewModel vm, ClassSummaryViewModel summary, UiText text) {
        this.vm = vm;
        this.text = text;
        ComboBox<SchoolClass> classes = Fx.comboBox("gradebook-class", SchoolClass::name);
        classes.getItems().setAll(vm.classes());
        classes.valueProperty().bindBidirectional(vm.schoolClassProperty());
        classes.setPrefWidth(100);
        HBox classBar = Fx.buttons(label(text.t("gradebook.class"), classes), classes);

        Tab entry = new Tab(text.t("gradebook.tab.entry"), entry());
        entry.setId("gradebook-tab-entry");
        Tab results = new Tab(text.t("gradebook.tab.summary"), new ClassSummaryView(summary, text).root());
        results.setId("gradebook-tab-summary");
        TabPane tabs = new TabPane(entry, results);
        tabs.setId("gradebook-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        summary.schoolClassProperty().bind(vm.schoolClassProperty());
        // the summary is computed when shown, so it includes what was just entered
        results.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                summary.load();
            }
        });
        vm.schoolClassProperty().addListener((o, a, c) -> {
            if (results.isSelected()) {
                summary.load();
            }
        });
        // the class sits beside the title: the grid needs the height more than a toolbar row of its own
        HBox head = new HBox(16, Fx.title(text.t("gradebook.title", vm.yearLabel())), Fx.grow(), classBar);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root = Fx.page(head, Fx.errorLabel(vm.errorProperty(), "gradebook-error"), tabs);
        root.setId("gradebook-page");
    }

    private Node entry() {
        EntryGridViewModel grid = vm.grid();
        ComboBox<SheetChoice> sheets = Fx.comboBox("gradebook-sheet", SheetChoice::label);
        sheets.setItems(vm.sheets());
        sheets.valueProperty().bindBidirectional(vm.sheetProperty());
        sheets.setPrefWidth(260);
        ComboBox<Integer> term = Fx.comboBox("gradebook-term", vm::termLabel);
        term.getItems().setAll(1, 2);
        term.valueProperty().bindBidirectional(vm.termProperty());
        term.setMinWidth(Region.USE_PREF_SIZE);
        term.setDisable(!vm.termApplies());
        vm.sheetProperty().addListener((o, a, s) -> term.setDisable(!vm.termApplies()));
        Label state = new Label();
        state.setId("grade-save-state");
        state.textProperty().bind(grid.saveStateProperty());
        state.setGraphic(Fx.icon(Material2OutlinedAL.CLOUD_DONE));
        grid.unsavedProperty().addListener((o, a, n) -> state.pseudoClassStateChanged(Styles.STATE_DANGER,
                n.intValue() > 0));
        state.getStyleClass().add("save-state");
        HBox bar = Fx.buttons(label(text.t("gradebook.sheet"), sheets), sheets, label(text.t("gradebook.term"), term),
                term, Fx.grow(), state);
        bar.getStyleClass().add("toolbar-box");

        Label readOnly = new Label(text.t("gradebook.readonly.note"));
        readOnly.setId("grade-readonly");
        readOnly.setGraphic(Fx.icon(Material2OutlinedAL.LOCK));
        readOnly.getStyleClass().add(Styles.WARNING);
        readOnly.visibleProperty().bind(grid.editableProperty().not().and(grid.sheetProperty().isNotNull()));
        readOnly.managedProperty().bind(readOnly.visibleProperty());

        DeadlineStrip deadlines = new DeadlineStrip(grid.deadlines(), vm::today, text);
        EntryGrid table = new EntryGrid(grid, text);
        VBox.setVgrow(table.table(), Priority.ALWAYS);
        grid.rows().addListener((ListChangeListener<GridRow>) c -> table.selectFirst());
        table.selectFirst();

        Label cell = new Label();
        cell.setId("grade-cell-info");
        cell.textProperty().bind(grid.cellInfoProperty());
        cell.setWrapText(true);
        cell.setMinHeight(Region.USE_PREF_SIZE);
        cell.getStyleClass().add("cell-info");
        VBox box = new VBox(8, bar, deadlines.node(), readOnly, Fx.errorLabel(grid.errorProperty(), "grade-error"),
                Fx.infoLabel(grid.infoProperty(), "grade-info"), table.table(), cell, Fx.note(text.t("gradebook.hint")));
        box.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
        return box;
    }

    private static Label label(String s, Node target) {
        Label l = new Label(s);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    public Node root() {
        return root;
    }
}
