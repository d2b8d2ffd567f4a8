package vn.sotruong.desktop.review;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.review.ReviewChart.Bin;
import vn.sotruong.desktop.review.ReviewChart.StatRow;
import vn.sotruong.desktop.review.ReviewViewModel.FindingRow;

/**
 * Rà soát: three tabs — the phổ điểm chart with its numbers beside it and the anomaly list under it (saved as
 * xlsx or PDF); the entry progress for the monthly check; the monthly notes of each class's book.
 */
public final class ReviewView {
    /** The page's view models, for tests (the file chooser is a native window no test can drive). */
    public record Models(ReviewViewModel review, ProgressViewModel progress, MonthlyNotesViewModel notes) {
    }

    private final VBox root;

    public ReviewView(ReviewViewModel vm, UiText text) {
        ComboBox<Choice> subject = Fx.comboBox("review-subject", Choice::label);
        subject.setItems(vm.subjects());
        subject.valueProperty().bindBidirectional(vm.subjectProperty());
        ComboBox<ReviewViewModel.Overlay> overlay = Fx.comboBox("review-overlay",
                k -> text.t("review.overlay." + k.name()));
        overlay.getItems().setAll(ReviewViewModel.Overlay.values());
        overlay.valueProperty().bindBidirectional(vm.overlayProperty());
        ComboBox<Choice> cls = Fx.comboBox("review-class", Choice::label);
        cls.setItems(vm.classes());
        cls.valueProperty().bindBidirectional(vm.classProperty());
        ComboBox<String> measure = Fx.comboBox("review-measure", vm::measureLabel);
        measure.setItems(vm.measures());
        measure.valueProperty().bindBidirectional(vm.measureProperty());
        ReviewChart shown = vm.chart();
        var show = Fx.button("review-show", text.t("review.show"), Material2OutlinedAL.INSIGHTS);
        show.setOnAction(e -> vm.show());

        CategoryAxis x = new CategoryAxis();
        x.labelProperty().bind(shown.axisProperty());
        NumberAxis y = new NumberAxis();
        y.setLabel(text.t("review.axis.percent"));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("review-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setMinHeight(260);
        XYChart.Series<String, Number> selection = new XYChart.Series<>();
        selection.setName(text.t("review.selection"));
        vm.selectionNameProperty().addListener((o, a, b) -> selection.setName(b));
        XYChart.Series<String, Number> school = new XYChart.Series<>();
        school.setName(text.t("review.school"));
        chart.getData().add(selection);
        chart.getData().add(school);
        shown.bins().addListener((ListChangeListener<Bin>) c -> {
            selection.getData().setAll(shown.bins().stream().map(b -> new XYChart.Data<String, Number>(b.label(), b.selection())).toList());
            school.getData().setAll(shown.bins().stream().map(b -> new XYChart.Data<String, Number>(b.label(), b.school())).toList());
        });
        Label stats = new Label();
        stats.setId("review-stats");
        stats.textProperty().bind(shown.statsProperty());
        // the full text stays available to tests and screen readers; people read the table
        stats.setVisible(false);
        stats.setManaged(false);
        TableView<StatRow> table = Fx.table("review-stat-table", text.t("review.noData"));
        table.getColumns().add(Fx.column(text.t("review.statistic"), 190, StatRow::name));
        var selectionColumn = Fx.column(text.t("review.selection"), 100, StatRow::selection);
        vm.selectionNameProperty().addListener((o, a, b) -> selectionColumn.setText(b));
        table.getColumns().add(selectionColumn);
        table.getColumns().add(Fx.column(text.t("review.school"), 112, StatRow::school));
        table.setItems(shown.statRows());
        table.setFixedCellSize(25);
        table.setPrefHeight(9 * 25 + 40);
        table.setMinHeight(9 * 25 + 40);
        // level counts of T/Đ/C have nine lines too; the table grows with a longer list
        shown.statRows().addListener((ListChangeListener<StatRow>) c -> table.setPrefHeight(
                Math.max(9, shown.statRows().size()) * 25 + 40));
        VBox numbers = new VBox(8, Fx.section(text.t("review.numbers")), stats, table);
        numbers.setPrefWidth(410);
        numbers.setMinWidth(410);
        HBox.setHgrow(chart, Priority.ALWAYS);
        HBox chartRow = new HBox(16, chart, numbers);

        ComboBox<String> term = Fx.comboBox("review-term", t -> text.t("review.term." + t));
        term.getItems().setAll("1", "2", "year");
        term.valueProperty().bindBidirectional(vm.termProperty());
        var scan = Fx.button("review-scan", text.t("review.scan"), Material2OutlinedMZ.SEARCH);
        scan.setOnAction(e -> vm.scan());
        TableView<FindingRow> findings = Fx.table("review-findings", text.t("review.noFindings"));
        findings.getColumns().add(Fx.column(text.t("review.kind"), 170, FindingRow::kind));
        findings.getColumns().add(Fx.column(text.t("review.scope"), 120, FindingRow::scope));
        findings.getColumns().add(Fx.column(text.t("review.reason"), 700, FindingRow::reason));
        findings.setItems(vm.findings());
        findings.setPrefHeight(220);
        TabPane tabs = new TabPane();
        findings.setRowFactory(t -> {
            javafx.scene.control.TableRow<FindingRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                    tabs.getSelectionModel().select(0);
                }
            });
            return row;
        });
        var open = Fx.button("review-open", text.t("review.open"), Material2OutlinedAL.INSIGHTS);
        open.setOnAction(e -> {
            vm.open(findings.getSelectionModel().getSelectedItem());
            tabs.getSelectionModel().select(0);
        });
        open.disableProperty().bind(findings.getSelectionModel().selectedItemProperty().isNull());
        var openCells = Fx.button("review-open-cells", text.t("review.openCells"), Material2OutlinedAL.GRID_ON);
        openCells.setOnAction(e -> vm.openCells(findings.getSelectionModel().getSelectedItem()));
        openCells.disableProperty().bind(findings.getSelectionModel().selectedItemProperty().isNull());
        Label noData = Fx.warningLabel(vm.noDataProperty(), "review-nodata");
        VBox.setVgrow(findings, Priority.ALWAYS);

        var saveXlsx = Fx.button("review-save-xlsx", text.t("review.saveXlsx"), Material2OutlinedAL.GRID_ON);
        saveXlsx.setOnAction(e -> saveAs(saveXlsx, text, "pho-diem.xlsx", vm::save));
        var savePdf = Fx.button("review-save-pdf", text.t("review.savePdf"), Material2OutlinedMZ.PICTURE_AS_PDF);
        savePdf.setOnAction(e -> saveAs(savePdf, text, "pho-diem.pdf", vm::save));

        VBox distributionTab = new VBox(14,
                Fx.buttons(new Label(text.t("review.subject")), subject, new Label(text.t("review.measure")), measure,
                        Fx.grow(), saveXlsx, savePdf),
                Fx.buttons(new Label(text.t("review.overlay")), overlay, cls, show),
                Fx.errorLabel(vm.errorProperty(), "review-error"), Fx.infoLabel(vm.infoProperty(), "review-info"),
                noData, chartRow);
        VBox anomalies = new VBox(14, Fx.buttons(new Label(text.t("review.termLabel")), term, scan, open, openCells),
                Fx.errorLabel(vm.errorProperty(), "review-anomaly-error"), findings);
        anomalies.setId("review-anomalies");
        anomalies.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        distributionTab.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        ProgressViewModel progress = new ProgressViewModel(vm.session(), text);
        MonthlyNotesViewModel notes = new MonthlyNotesViewModel(vm.session(), text);
        Tab one = new Tab(text.t("review.tab.distribution"), distributionTab);
        Tab anomalyTab = new Tab(text.t("review.anomalies"), anomalies);
        anomalyTab.setId("review-tab-anomalies");
        one.setId("review-tab-distribution");
        Tab two = new Tab(text.t("review.tab.progress"), new ProgressView(progress, text).root());
        two.setId("review-tab-progress");
        Tab three = new Tab(text.t("review.tab.notes"), new MonthlyNotesView(notes, text).root());
        three.setId("review-tab-notes");
        tabs.getTabs().setAll(one, anomalyTab, two, three);
        // the principal's overdue items of the year's plan, read when the tab is opened
        if (vm.session().actor().has(vn.sotruong.core.security.Permission.RESULTS_APPROVE)) {
            OverdueViewModel overdue = new OverdueViewModel(vm.session(), text);
            Tab four = new Tab(text.t("overdue.tab"), new OverdueView(overdue, text).root());
            four.setId("review-tab-overdue");
            four.setOnSelectionChanged(e -> {
                if (four.isSelected()) {
                    overdue.load();
                }
            });
            tabs.getTabs().add(four);
        }
        tabs.setId("review-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // the progress reads the whole year: only when its tab is opened
        two.setOnSelectionChanged(e -> {
            if (two.isSelected()) {
                progress.load();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = Fx.page(Fx.title(text.t("review.title")), tabs);
        root.setId("review-page");
        root.setUserData(new Models(vm, progress, notes));
    }

    /** Asks where to save (a native window), then saves there. */
    static void saveAs(javafx.scene.control.Button from, UiText text, String name,
                       java.util.function.Consumer<java.nio.file.Path> save) {
        javafx.stage.FileChooser c = new javafx.stage.FileChooser();
        c.setInitialFileName(name);
        String ext = name.substring(name.lastIndexOf('.'));
        c.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                text.t(ext.equals(".pdf") ? "review.filter.pdf" : "review.filter.xlsx"), "*" + ext));
        java.io.File f = c.showSaveDialog(from.getScene().getWindow());
        if (f != null) {
            save.accept(f.toPath());
        }
    }

    public Node root() {
        return root;
    }
}
