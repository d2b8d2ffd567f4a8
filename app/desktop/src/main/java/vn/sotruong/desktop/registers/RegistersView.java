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
        VBox form = new VBox(10, form(), order, actions(), Fx.errorLabel(vm.errorProperty(), "registers-error"),
                result(), paperResult());
        form.getStyleClass().add("card-pane");
        form.setPadding(new javafx.geometry.Insets(16));
        root = Fx.page(Fx.title(text.t("registers.title")), form, ledger());
        root.setId("registers-page");
        vm.reload();
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
        HBox periodAndPaper = new HBox(8, period, paperLabel, paper);
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
        print.disableProperty().bind(vm.busyProperty());
        print.setOnAction(e -> {
            if (vm.outProperty().get() == null || vm.outProperty().get().isBlank()) {
                choose();
            }
            vm.print();
        });
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("registers-progress");
        bar.setPrefWidth(200);
        bar.progressProperty().bind(vm.progressValueProperty());
        bar.visibleProperty().bind(vm.busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label progress = new Label();
        progress.setId("registers-progress-text");
        progress.textProperty().bind(vm.progressProperty());
        Button cancel = Fx.button("registers-cancel", text.t("registers.cancel"), Material2OutlinedMZ.STOP);
        cancel.visibleProperty().bind(vm.printingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        return Fx.buttons(print, bar, cancel, progress);
    }

    private Node result() {
        Label info = Fx.infoLabel(vm.infoProperty(), "registers-info");
        Button open = Fx.button("registers-open-folder", text.t("registers.openFolder"), Material2OutlinedAL.FOLDER_OPEN);
        open.visibleProperty().bind(vm.printedFolderProperty().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> {
            Path folder = vm.printedFolderProperty().get();
            if (folder != null && !FolderOpener.open(folder)) {
                vm.infoProperty().set(text.t("registers.folderIs", folder.toString()));
            }
        });
        Button look = Fx.button("registers-preview", text.t("registers.preview"), Material2OutlinedMZ.VISIBILITY);
        Button onPaper = Fx.button("registers-paper-print", text.t("registers.paperPrint"), Material2OutlinedMZ.PRINT);
        for (Button b : new Button[] {look, onPaper}) {
            b.visibleProperty().bind(vm.printedProperty().isNotNull());
            b.managedProperty().bind(b.visibleProperty());
        }
        onPaper.disableProperty().bind(paper.busyProperty());
        look.setOnAction(e -> openPreview(vm.printedProperty().get()));
        onPaper.setOnAction(e -> paper.start(vm.printedProperty().get()));
        info.setWrapText(true);
        info.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        var buttons = Fx.buttons(open, look, onPaper);
        buttons.visibleProperty().bind(vm.printedFolderProperty().isNotNull().or(vm.printedProperty().isNotNull()));
        buttons.managedProperty().bind(buttons.visibleProperty());
        return new VBox(6, info, buttons);
    }

    /** The printer's choices when open, and what the printer said. */
    private Node paperResult() {
        return new VBox(6, PaperPrintPane.of(paper, text), Fx.errorLabel(paper.errorProperty(), "registers-paper-error"),
                Fx.infoLabel(paper.infoProperty(), "registers-paper-info"));
    }

    /** One preview window for the page: a second "Xem trước" shows the other book in it. */
    private void openPreview(PrintedFile f) {
        if (f == null) {
            return;
        }
        if (previewWindow == null) {
            previewWindow = new PreviewWindow(preview, text, root.getScene() == null ? null : root.getScene().getWindow());
        }
        previewWindow.show(f);
    }

    /** The file of a ledger row: the one printed in this session, or the one the clerk points to. */
    private java.util.Optional<PrintedFile> fileOf(LedgerRow r) {
        if (r == null) {
            return java.util.Optional.empty();
        }
        return vm.fileOf(r).or(() -> {
            FileChooser c = new FileChooser();
            c.setTitle(text.t("registers.paper.chooseFile", String.valueOf(r.id())));
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.t("registers.browse.filter"), "*.pdf"));
            File picked = c.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
            return java.util.Optional.ofNullable(picked).map(f -> vm.printedFile(r, f.toPath()));
        });
    }

    /** The save dialog, starting in the folder and with the name the form suggests. */
    private void choose() {
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

    private Node ledger() {
        TableView<LedgerRow> table = Fx.table("registers-ledger", text.t("registers.ledger.empty"));
        table.setItems(vm.rows());
        table.getColumns().add(Fx.column(text.t("registers.col.id"), 45, r -> String.valueOf(r.id())));
        table.getColumns().add(Fx.column(text.t("registers.col.book"), 160, LedgerRow::book));
        table.getColumns().add(Fx.column(text.t("registers.col.scope"), 80, LedgerRow::scope));
        table.getColumns().add(Fx.column(text.t("registers.col.period"), 110, r -> r.period() + " · " + r.paper()));
        table.getColumns().add(Fx.column(text.t("registers.col.by"), 85, LedgerRow::printedBy));
        table.getColumns().add(Fx.column(text.t("registers.col.at"), 145, LedgerRow::printedAt));
        table.getColumns().add(Fx.column(text.t("registers.col.pages"), 62, r -> String.valueOf(r.pages())));
        table.getColumns().add(Fx.column(text.t("registers.col.fingerprint"), 125, LedgerRow::fingerprint));
        TableColumn<LedgerRow, String> status = Fx.column(text.t("registers.col.status"), 115, LedgerRow::status);
        status.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                LedgerRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
                // the theme's colours: red for out of date, green for still right
                setStyle(r == null ? "" : r.outOfDate() ? "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;"
                        : "-fx-text-fill: -color-success-fg;");
            }
        });
        table.getColumns().add(status);
        TableColumn<LedgerRow, String> reason = Fx.column(text.t("registers.col.reason"), 200, LedgerRow::reason);
        reason.setMinWidth(120);
        table.getColumns().add(reason);
        table.getColumns().forEach(c -> {
            if (c != reason) {
                c.setMinWidth(c.getPrefWidth());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinHeight(160);

        CheckBox only = new CheckBox(text.t("registers.onlyOutOfDate"));
        only.setId("registers-only-out-of-date");
        only.selectedProperty().bindBidirectional(vm.onlyOutOfDateProperty());
        Button reprint = Fx.button("registers-reprint", text.t("registers.reprint"), Material2OutlinedMZ.REFRESH);
        reprint.disableProperty().bind(vm.busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            LedgerRow r = table.getSelectionModel().getSelectedItem();
            return r == null || !r.outOfDate();
        }, table.getSelectionModel().selectedItemProperty())));
        reprint.setOnAction(e -> {
            LedgerRow r = table.getSelectionModel().getSelectedItem();
            if (r == null) {
                return;
            }
            if (vm.outProperty().get() == null || vm.outProperty().get().isBlank()) {
                choose();
            }
            if (vm.outProperty().get() != null && !vm.outProperty().get().isBlank()) {
                vm.outProperty().set(reprintFile(r));
            }
            vm.reprint(r);
        });
        Label note = new Label();
        note.setId("registers-ledger-note");
        note.textProperty().bind(vm.ledgerNoteProperty());
        Label why = new Label();
        why.setId("registers-reason");
        why.setWrapText(true);
        why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        why.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            LedgerRow r = table.getSelectionModel().getSelectedItem();
            return r == null ? "" : text.t("registers.selected", String.valueOf(r.id()), r.status(), r.reason());
        }, table.getSelectionModel().selectedItemProperty()));
        Label parts = Fx.note("");
        parts.setId("registers-parts");
        parts.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            LedgerRow r = table.getSelectionModel().getSelectedItem();
            return r == null ? "" : text.t("registers.parts", r.parts());
        }, table.getSelectionModel().selectedItemProperty()));
        Button sign = Fx.button("registers-sign", text.t("registers.sign"), Material2OutlinedMZ.VERIFIED_USER);
        sign.setVisible(vm.canSign());
        sign.setManaged(vm.canSign());
        sign.disableProperty().bind(vm.busyProperty().or(vm.signingRowProperty().isNotNull())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
                    LedgerRow r = table.getSelectionModel().getSelectedItem();
                    return r == null || r.outOfDate() || r.signed();
                }, table.getSelectionModel().selectedItemProperty())));
        sign.setOnAction(e -> vm.startSigning(table.getSelectionModel().getSelectedItem()));
        Label signed = Fx.note("");
        signed.setId("registers-signature");
        signed.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            LedgerRow r = table.getSelectionModel().getSelectedItem();
            return r == null ? "" : r.signature();
        }, table.getSelectionModel().selectedItemProperty()));
        signed.visibleProperty().bind(signed.textProperty().isNotEmpty());
        signed.managedProperty().bind(signed.visibleProperty());
        Button look = Fx.button("registers-ledger-preview", text.t("registers.preview"), Material2OutlinedMZ.VISIBILITY);
        Button onPaper = Fx.button("registers-ledger-paper", text.t("registers.paperPrint"), Material2OutlinedMZ.PRINT);
        look.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        onPaper.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(paper.busyProperty()));
        look.setOnAction(e -> fileOf(table.getSelectionModel().getSelectedItem()).ifPresent(this::openPreview));
        onPaper.setOnAction(e -> fileOf(table.getSelectionModel().getSelectedItem()).ifPresent(paper::start));
        return new VBox(8, Fx.section(text.t("registers.ledger")), Fx.buttons(only, Fx.grow(), note, look, onPaper,
                sign, reprint),
                table, signingPane(), why, signed, parts);
    }

    /** "Ký số…": the key password asked under the ledger for the chosen print, then "Ký" or "Hủy". */
    private Node signingPane() {
        Label what = new Label();
        what.setId("registers-sign-what");
        what.setWrapText(true);
        what.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            LedgerRow r = vm.signingRowProperty().get();
            return r == null ? "" : text.t("registers.sign.what", String.valueOf(r.id()), r.book(), r.scope(),
                    r.period());
        }, vm.signingRowProperty()));
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.setId("registers-key-password");
        password.setPromptText(text.t("registers.sign.password"));
        password.setPrefColumnCount(18);
        Button confirm = Fx.button("registers-sign-confirm", text.t("registers.sign.confirm"),
                Material2OutlinedMZ.VERIFIED_USER);
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(vm.busyProperty());
        Button cancel = Fx.button("registers-sign-cancel", text.t("registers.sign.cancel"), Material2OutlinedAL.CLOSE);
        confirm.setOnAction(e -> {
            vm.sign(password.getText().toCharArray());
            password.clear();
        });
        cancel.setOnAction(e -> {
            password.clear();
            vm.cancelSigning();
        });
        Label label = new Label(text.t("registers.sign.password"));
        label.setLabelFor(password);
        VBox pane = new VBox(6, what, Fx.buttons(label, password, confirm, cancel));
        pane.setId("registers-sign-pane");
        pane.setStyle("-fx-padding: 8; -fx-border-color: -color-accent-emphasis; -fx-border-radius: 4;");
        pane.visibleProperty().bind(vm.signingRowProperty().isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    /** The reprint goes beside the file named in the form, under the book's own name. */
    private String reprintFile(LedgerRow r) {
        String current = vm.outProperty().get() == null ? "" : vm.outProperty().get().strip();
        File folder = current.isEmpty() ? null : new File(current).getAbsoluteFile().getParentFile();
        String name = RegistersViewModel.fileName(r.request()).replace(".pdf", "-in-lai-so-" + r.id() + ".pdf");
        return folder == null ? name : new File(folder, name).getPath();
    }

    public Node root() {
        return root;
    }
}
