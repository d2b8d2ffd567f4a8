package vn.sotruong.desktop.pupils;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import java.io.ByteArrayInputStream;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.desktop.common.FormDialog;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.pupils.MovementFormViewModel.Kind;
import vn.sotruong.desktop.pupils.PupilsViewModel.HistoryRow;
import vn.sotruong.desktop.pupils.PupilsViewModel.PupilRow;

/**
 * Học sinh: a class's list (or the school-wide search) with the selected pupil's history beside it,
 * and the sổ đăng bộ on a second tab for those who keep it.
 */
public final class PupilsView {
    private final VBox root;
    private final PupilsViewModel vm;
    private final UiText text;

    public PupilsView(PupilsViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
        TableView<PupilRow> table = table();
        VBox left = new VBox(8, toolbar(), editBar(table), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = history(table);
        right.setPrefWidth(330);
        right.setMinWidth(300);
        HBox body = new HBox(16, left, right);
        VBox.setVgrow(body, Priority.ALWAYS);

        Tab list = new Tab(text.t("pupils.tab.list"), body);
        list.setId("pupils-tab-list");
        TabPane tabs = new TabPane(list);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("pupils-tabs");
        if (vm.canReadRegister()) {
            RegisterViewModel register = vm.register();
            Tab tab = new Tab(text.t("pupils.tab.register"), RegisterView.create(register, text));
            tab.setId("pupils-tab-register");
            // the whole register is read only when asked for, and again each time the tab is opened
            tab.selectedProperty().addListener((o, a, on) -> {
                if (on) {
                    register.load();
                }
            });
            tabs.getTabs().add(tab);
        }
        NoticesViewModel notices = vm.notices();
        Tab noticesTab = new Tab(text.t("notices.tab"), NoticesView.create(notices, text, vm.editableProperty()));
        noticesTab.setId("pupils-tab-notices");
        noticesTab.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                notices.loadHistory();
            }
        });
        tabs.getTabs().add(noticesTab);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = Fx.page(Fx.title(text.t("pupils.title", vm.yearLabel())), Fx.errorLabel(vm.errorProperty(),
                "pupils-error"), Fx.infoLabel(vm.infoProperty(), "pupils-info"), tabs);
        root.setId("pupils-page");
        // the file and folder choosers are native dialogs: tests reach the photo and the dossier through this
        root.setUserData(vm);
    }

    private TableView<PupilRow> table() {
        TableView<PupilRow> table = Fx.table("pupils-table", text.t("pupils.empty"));
        table.getColumns().add(Fx.column(text.t("pupils.col.stt"), 45, (PupilRow r) -> String.valueOf(r.stt())));
        table.getColumns().add(Fx.column(text.t("pupils.col.code"), 90, (PupilRow r) -> r.pupil().code()));
        table.getColumns().add(Fx.column(text.t("pupils.col.name"), 185, (PupilRow r) -> r.pupil().fullName()));
        table.getColumns().add(Fx.column(text.t("pupils.col.birth"), 95, (PupilRow r) -> text.date(r.pupil().birthDate())));
        table.getColumns().add(Fx.column(text.t("pupils.col.gender"), 88, (PupilRow r) -> r.pupil().gender().label()));
        table.getColumns().add(Fx.column(text.t("pupils.col.ethnicity"), 80, (PupilRow r) ->
                r.pupil().ethnicity() == null ? "" : r.pupil().ethnicity()));
        table.getColumns().add(Fx.column(text.t("pupils.col.register"), 80, PupilRow::registerNo));
        table.setItems(vm.rows());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> vm.selectedProperty().set(r));
        vm.selectedProperty().addListener((o, a, r) -> {
            if (r != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(r);
            }
        });
        table.setRowFactory(tv -> {
            TableRow<PupilRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && vm.editableProperty().get()) {
                    openEdit(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    /** The class picker and the search: a row of their own, the buttons would squeeze them at 1366 pixels. */
    private Node toolbar() {
        ComboBox<SchoolClass> classes = Fx.comboBox("pupils-class", SchoolClass::name);
        classes.getItems().setAll(vm.classes());
        classes.valueProperty().bindBidirectional(vm.schoolClassProperty());
        classes.disableProperty().bind(vm.searchingProperty());
        classes.setPrefWidth(110);
        classes.setMinWidth(Region.USE_PREF_SIZE);
        Label l = new Label(text.t("pupils.class"));
        l.setMnemonicParsing(true);
        l.setLabelFor(classes);
        l.setMinWidth(Region.USE_PREF_SIZE);
        TextField search = Fx.textField("pupils-search", vm.queryProperty());
        search.setPromptText(text.t("pupils.search.prompt"));
        HBox.setHgrow(search, Priority.ALWAYS);
        search.textProperty().addListener((o, a, q) -> vm.reload());
        HBox bar = Fx.buttons(l, classes, Fx.icon(Material2OutlinedMZ.SEARCH), search);
        bar.getStyleClass().add("toolbar-box");
        return bar;
    }

    private Node editBar(TableView<PupilRow> table) {
        Button add = Fx.button("pupil-add", text.t("pupils.add"), Material2OutlinedMZ.PERSON_ADD);
        add.setOnAction(e -> FormDialog.open(window(), text.t("nav.pupils"),
                close -> PupilFormView.create(vm.addForm(), text, close)));
        Button edit = Fx.button("pupil-edit", text.t("pupils.edit"), Material2OutlinedAL.EDIT);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> openEdit(table.getSelectionModel().getSelectedItem()));
        Button importer = Fx.button("pupils-import", text.t("pupils.import"), Material2OutlinedAL.FILE_UPLOAD);
        importer.setOnAction(e -> FormDialog.open(window(), text.t("nav.pupils"),
                close -> PupilImportView.create(vm.importer(), text, close)));
        add.disableProperty().bind(vm.searchingProperty());
        importer.disableProperty().bind(vm.searchingProperty());
        HBox edits = Fx.buttons(add, edit, importer);
        shownWhenEditable(edits);
        return edits;
    }

    private VBox history(TableView<PupilRow> table) {
        Label who = new Label();
        who.setId("pupil-history-name");
        who.textProperty().bind(vm.selectedProperty().map(r -> r.pupil().fullName())
                .orElse(text.t("pupils.history.none")));
        who.getStyleClass().add(Styles.TEXT_BOLD);
        TableView<HistoryRow> history = Fx.table("pupil-history", text.t("pupils.history.empty"));
        history.getColumns().add(Fx.column(text.t("pupils.history.date"), 100, HistoryRow::date));
        history.getColumns().add(Fx.column(text.t("pupils.history.kind"), 95, HistoryRow::kind));
        history.getColumns().add(Fx.column(text.t("pupils.history.detail"), 110, HistoryRow::detail));
        history.setItems(vm.history());
        VBox.setVgrow(history, Priority.ALWAYS);
        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        HBox moves1 = Fx.buttons(move("move-transfer", Kind.TRANSFER_OUT, none), move("move-dropout", Kind.DROPOUT, none));
        HBox moves2 = Fx.buttons(move("move-class", Kind.CLASS_CHANGE, none), move("move-return", Kind.RETURN, none));
        Button dossier = Fx.button("pupil-dossier", text.t("pupils.dossier"), Material2OutlinedAL.FOLDER_SHARED);
        dossier.setMaxWidth(Double.MAX_VALUE);
        dossier.disableProperty().bind(vm.transferredProperty().not());
        dossier.setOnAction(e -> chooseFolder().ifPresent(vm::exportDossier));
        VBox moves = new VBox(8, moves1, moves2, dossier);
        shownWhenEditable(moves);
        return new VBox(8, Fx.section(text.t("pupils.history")), new HBox(12, photo(), new VBox(6, who, photoButtons())),
                history, moves);
    }

    /** Ảnh 3×4 of the selected pupil, or an empty frame. */
    private Node photo() {
        ImageView image = new ImageView();
        image.setId("pupil-photo");
        image.setFitWidth(72);
        image.setFitHeight(96);
        image.setPreserveRatio(true);
        image.imageProperty().bind(vm.photoProperty().map(b -> new Image(new ByteArrayInputStream(b))));
        Label none = new Label(text.t("pupils.photo.none"));
        none.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        none.visibleProperty().bind(vm.photoProperty().isNull());
        StackPane frame = new StackPane(none, image);
        frame.setMinSize(76, 100);
        frame.setPrefSize(76, 100);
        frame.setMaxSize(76, 100);
        frame.setStyle("-fx-border-color: -color-border-default; -fx-border-style: dashed;");
        return frame;
    }

    private Node photoButtons() {
        Button choose = Fx.button("pupil-photo-choose", text.t("pupils.photo.choose"), Material2OutlinedAL.ADD_A_PHOTO);
        choose.disableProperty().bind(vm.selectedProperty().isNull());
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.t("pupils.photo.choose"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.t("pupils.photo.files"),
                    "*.jpg", "*.jpeg", "*.png", "*.JPG", "*.JPEG", "*.PNG"));
            java.io.File f = chooser.showOpenDialog(window());
            if (f != null) {
                vm.setPhoto(f.toPath());
            }
        });
        Button remove = Fx.button("pupil-photo-remove", text.t("pupils.photo.remove"), Material2OutlinedAL.DELETE);
        remove.disableProperty().bind(vm.photoProperty().isNull());
        remove.setOnAction(e -> vm.removePhoto());
        VBox box = new VBox(6, choose, remove);
        shownWhenEditable(box);
        return box;
    }

    private java.util.Optional<java.nio.file.Path> chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text.t("pupils.dossier"));
        return java.util.Optional.ofNullable(chooser.showDialog(window())).map(java.io.File::toPath);
    }

    private Button move(String id, Kind kind, BooleanBinding none) {
        Button b = new Button(text.t("pupils.move." + kind.name()));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(b, Priority.ALWAYS);
        b.disableProperty().bind(none);
        b.setOnAction(e -> FormDialog.open(window(), text.t("nav.pupils"),
                close -> MovementFormView.create(vm.movementForm(kind, vm.selectedProperty().get()), text, close)));
        return b;
    }

    private void openEdit(PupilRow row) {
        try {
            PupilFormViewModel form = vm.editForm(row);
            FormDialog.open(window(), text.t("nav.pupils"), close -> PupilFormView.create(form, text, close));
        } catch (RuntimeException e) {
            vm.errorProperty().set(text.error(e));
        }
    }

    /** Changing pupils is for the class's homeroom teacher and the office; others read the list only. */
    private void shownWhenEditable(Node n) {
        n.visibleProperty().bind(vm.editableProperty());
        n.managedProperty().bind(n.visibleProperty());
    }

    private javafx.stage.Window window() {
        return root.getScene().getWindow();
    }

    public Node root() {
        return root;
    }
}
