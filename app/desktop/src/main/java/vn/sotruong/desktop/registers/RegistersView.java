package vn.sotruong.desktop.registers;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/**
 * In sổ: the print form (book, scope, period, paper, file, the binding order) and the print ledger of the year
 * with each print's standing, the "only out of date" filter and "In lại".
 */
public final class RegistersView {
    private final VBox root;
    private final RegistersViewModel vm;
    private final UiText text;
    private final PreviewViewModel preview;
    private final PaperPrintViewModel paper;
    private PreviewWindow previewWindow;

    public RegistersView(RegistersViewModel vm, PreviewViewModel preview, PaperPrintViewModel paper, UiText text) {
        this.vm = vm;
        this.text = text;
        this.preview = preview;
        this.paper = paper;
        Label order = Fx.note("");
        order.setId("registers-order");
        order.textProperty().bind(vm.bindingOrderProperty());
        VBox form = new VBox(10, form(), order, actions(), Fx.errorLabel(vm.status().errorProperty(), "registers-error"),
                result(), paperResult());
        form.getStyleClass().add("card-pane");
        form.setPadding(new javafx.geometry.Insets(16));
        root = Fx.page(Fx.title(text.t("registers.title")), form,
                new LedgerPane(vm, paper, text, this::openPreview, this::choose).root());
        root.setId("registers-page");
        vm.ledger().reload();
    }

    private GridPane form() {
        GridPane g = Fx.form();
        ComboBox<RegisterName> book = Fx.comboBox("registers-book", vm::label);
        book.setItems(vm.books());
        book.valueProperty().bindBidirectional(vm.bookProperty());
        Fx.row(g, text.t("registers.book"), book);

        ComboBox<RegisterScope.Kind> kind = Fx.comboBox("registers-scope", vm::label);
        kind.setItems(vm.scopeKinds());
        kind.valueProperty().bindBidirectional(vm.scopeKindProperty());
        ComboBox<Choice> cls = Fx.comboBox("registers-class", Choice::label);
        cls.setItems(vm.classes());
        cls.valueProperty().bindBidirectional(vm.schoolClassProperty());
        cls.setPromptText(text.t("registers.chooseClass"));
        ComboBox<Integer> grade = Fx.comboBox("registers-grade", gr -> text.t("registers.scope.ofGrade", gr));
        grade.setItems(vm.grades());
        grade.valueProperty().bindBidirectional(vm.gradeProperty());
        grade.setPromptText(text.t("registers.chooseGrade"));
        showFor(cls, RegisterScope.Kind.CLASS);
        showFor(grade, RegisterScope.Kind.GRADE);
        HBox scope = new HBox(8, kind, cls, grade);
        Fx.row(g, text.t("registers.scope"), scope);

        ComboBox<RegisterPeriod> period = Fx.comboBox("registers-period", vm::label);
        period.setItems(vm.periods());
        period.valueProperty().bindBidirectional(vm.periodProperty());
        ComboBox<Paper> paper = Fx.comboBox("registers-paper", Paper::name);
        paper.setItems(vm.papers());
        paper.valueProperty().bindBidirectional(vm.paperProperty());
        Label paperLabel = new Label(text.t("registers.paper"));
        paperLabel.setLabelFor(paper);
        paperLabel.setMnemonicParsing(true);
        CheckBox twoSided = new CheckBox(text.t("registers.twoSided"));
        twoSided.setId("registers-two-sided");
        twoSided.selectedProperty().bindBidirectional(vm.twoSidedProperty());
        twoSided.setTooltip(new javafx.scene.control.Tooltip(text.t("registers.twoSided.tip")));
        CheckBox draft = new CheckBox(text.t("registers.draft"));
        draft.setId("registers-draft");
        draft.selectedProperty().bindBidirectional(vm.draftProperty());
        draft.setTooltip(new javafx.scene.control.Tooltip(text.t("registers.draft.tip")));
        HBox periodAndPaper = new HBox(8, period, paperLabel, paper, twoSided, draft);
        periodAndPaper.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Fx.row(g, text.t("registers.period"), periodAndPaper);

        TextField out = Fx.textField("registers-out", vm.outProperty());
        out.setPromptText(text.t("registers.out.prompt"));
        HBox.setHgrow(out, Priority.ALWAYS);
        Button browse = Fx.button("registers-browse", text.t("registers.browse"), Material2OutlinedAL.FOLDER_OPEN);
        browse.setOnAction(e -> choose());
        Fx.row(g, text.t("registers.out"), new HBox(8, out, browse));
        // last: a hidden row does not count in the grid's rows, so a row placed after it would land on it
        optionsRow(g);
        return g;
    }

    /** The row of what the chosen book asks for (month; teacher and subject; assessment point), hidden otherwise. */
    private void optionsRow(GridPane g) {
        BookOptionsChoice o = vm.options();
        TextField month = Fx.textField("registers-month", o.monthProperty());
        month.setPromptText("MM/yyyy");
        month.setPrefColumnCount(8);
        Label monthLabel = new Label(text.t("registers.month"));
        ComboBox<BookOptionsChoice.TeacherSubject> teacher = Fx.comboBox("registers-teacher",
                BookOptionsChoice.TeacherSubject::label);
        teacher.setItems(o.teachers());
        teacher.valueProperty().bindBidirectional(o.teacherProperty());
        teacher.setPromptText(text.t("registers.chooseTeacher"));
        javafx.scene.control.CheckBox blank = new javafx.scene.control.CheckBox(text.t("registers.blank"));
        blank.setId("registers-blank");
        blank.selectedProperty().bindBidirectional(o.blankProperty());
        ComboBox<String> point = Fx.comboBox("registers-point", p -> text.t("gradebook.point." + p));
        point.setItems(o.points());
        point.valueProperty().bindBidirectional(o.pointProperty());
        point.setPromptText(text.t("registers.choosePoint"));
        showWhen(o.needsMonthProperty(), monthLabel, month);
        showWhen(o.needsTeacherProperty(), teacher, blank);
        showWhen(o.needsPointProperty(), point);
        HBox box = new HBox(8, monthLabel, month, teacher, blank, point);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label label = new Label(text.t("registers.options"));
        var any = o.needsMonthProperty().or(o.needsTeacherProperty()).or(o.needsPointProperty());
        showWhen(any, label, box);
        g.addRow(g.getRowCount(), label, box);
    }

    private static void showWhen(javafx.beans.value.ObservableBooleanValue on, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(on);
            n.managedProperty().bind(on);
        }
    }

    private void showFor(Node n, RegisterScope.Kind kind) {
        n.visibleProperty().bind(vm.scopeKindProperty().isEqualTo(kind));
        n.managedProperty().bind(n.visibleProperty());
    }

    private Node actions() {
        Button print = Fx.button("registers-print", text.t("registers.print"), Material2OutlinedMZ.PRINT);
        print.getStyleClass().add(Styles.ACCENT);
        print.disableProperty().bind(vm.status().busyProperty());
        print.setOnAction(e -> {
            if (vm.outProperty().get() == null || vm.outProperty().get().isBlank()) {
                choose();
            }
            vm.print();
        });
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("registers-progress");
        bar.setPrefWidth(200);
        bar.progressProperty().bind(vm.job().progressValueProperty());
        bar.visibleProperty().bind(vm.status().busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label progress = new Label();
        progress.setId("registers-progress-text");
        progress.textProperty().bind(vm.status().progressProperty());
        Button cancel = Fx.button("registers-cancel", text.t("registers.cancel"), Material2OutlinedMZ.STOP);
        cancel.visibleProperty().bind(vm.job().printingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.job().cancel());
        return Fx.buttons(print, bar, cancel, progress);
    }

    private Node result() {
        Label info = Fx.infoLabel(vm.status().infoProperty(), "registers-info");
        Button open = Fx.button("registers-open-folder", text.t("registers.openFolder"), Material2OutlinedAL.FOLDER_OPEN);
        open.visibleProperty().bind(vm.job().printedFolderProperty().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> {
            Path folder = vm.job().printedFolderProperty().get();
            if (folder != null && !FolderOpener.open(folder)) {
                vm.status().infoProperty().set(text.t("registers.folderIs", folder.toString()));
            }
        });
        Button look = Fx.button("registers-preview", text.t("registers.preview"), Material2OutlinedMZ.VISIBILITY);
        Button onPaper = Fx.button("registers-paper-print", text.t("registers.paperPrint"), Material2OutlinedMZ.PRINT);
        for (Button b : new Button[] {look, onPaper}) {
            b.visibleProperty().bind(vm.job().printedProperty().isNotNull());
            b.managedProperty().bind(b.visibleProperty());
        }
        onPaper.disableProperty().bind(paper.busyProperty());
        look.setOnAction(e -> openPreview(vm.job().printedProperty().get()));
        onPaper.setOnAction(e -> paper.start(vm.job().printedProperty().get()));
        info.setWrapText(true);
        info.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        var buttons = Fx.buttons(open, look, onPaper);
        buttons.visibleProperty().bind(vm.job().printedFolderProperty().isNotNull().or(vm.job().printedProperty().isNotNull()));
        buttons.managedProperty().bind(buttons.visibleProperty());
        return new VBox(6, info, buttons);
    }

    /** The printer's choices when open, and what the printer said. */
    private Node paperResult() {
        return new VBox(6, PaperPrintPane.of(paper, text), Fx.errorLabel(paper.errorProperty(), "registers-paper-error"),
                Fx.infoLabel(paper.infoProperty(), "registers-paper-info"));
    }

    /** One preview window for the page: a second "Xem trước" shows the other book in it. */
    void openPreview(PrintedFile f) {
        if (f == null) {
            return;
        }
        if (previewWindow == null) {
            previewWindow = new PreviewWindow(preview, text, root.getScene() == null ? null : root.getScene().getWindow());
        }
        previewWindow.show(f);
    }

    /** The save dialog, starting in the folder and with the name the form suggests. */
    void choose() {
        FileChooser c = new FileChooser();
        c.setTitle(text.t("registers.browse.title"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.t("registers.browse.filter"), "*.pdf"));
        String current = vm.outProperty().get() == null ? "" : vm.outProperty().get().strip();
        File folder = current.isEmpty() ? null : new File(current).getAbsoluteFile().getParentFile();
        if (folder != null && folder.isDirectory()) {
            c.setInitialDirectory(folder);
        }
        c.setInitialFileName(vm.suggestedFileName());
        File picked = c.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (picked != null) {
            vm.outProperty().set(picked.getPath());
        }
    }

    public Node root() {
        return root;
    }
}
