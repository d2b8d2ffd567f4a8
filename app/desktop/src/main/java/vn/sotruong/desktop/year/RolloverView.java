package vn.sotruong.desktop.year;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.desktop.common.FormDialog;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.pupils.PupilImportView;
import vn.sotruong.desktop.year.RolloverViewModel.ClassLine;
import vn.sotruong.desktop.year.RolloverViewModel.PupilLine;

/**
 * Chuyển năm học: what blocks the rollover, the next year's classes beside each pupil's placement, the button
 * that carries it out after a confirmation, and then the pupil import of the intake classes.
 */
final class RolloverView {
    private RolloverView() {
    }

    static Node create(RolloverViewModel vm, UiText text) {
        Label summary = new Label();
        summary.setId("rollover-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.summaryProperty());
        Label blocked = new Label();
        blocked.setId("rollover-blocked");
        blocked.setWrapText(true);
        blocked.getStyleClass().add(Styles.WARNING);
        blocked.textProperty().bind(vm.blockedProperty());
        blocked.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        blocked.visibleProperty().bind(vm.blockedProperty().isNotEmpty());
        blocked.managedProperty().bind(blocked.visibleProperty());

        TableView<ClassLine> classes = Fx.table("rollover-classes", text.t("table.empty"));
        classes.getColumns().add(Fx.column(text.t("rollover.ui.col.grade"), 55, ClassLine::grade));
        classes.getColumns().add(Fx.column(text.t("rollover.ui.col.newClass"), 80, ClassLine::name));
        classes.getColumns().add(Fx.column(text.t("rollover.ui.col.from"), 150, ClassLine::from));
        classes.setItems(vm.classes());
        classes.setPrefWidth(340);
        classes.setMinWidth(300);
        TableView<PupilLine> pupils = Fx.table("rollover-pupils", text.t("table.empty"));
        pupils.getColumns().add(Fx.column(text.t("rollover.ui.col.code"), 80, PupilLine::code));
        pupils.getColumns().add(Fx.column(text.t("rollover.ui.col.name"), 190, PupilLine::name));
        pupils.getColumns().add(Fx.column(text.t("rollover.ui.col.fromClass"), 70, PupilLine::fromClass));
        pupils.getColumns().add(Fx.column(text.t("rollover.ui.col.decision"), 180, PupilLine::decision));
        pupils.getColumns().add(Fx.column(text.t("rollover.ui.col.toClass"), 80, PupilLine::toClass));
        pupils.setItems(vm.pupils());
        pupils.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(PupilLine item, boolean empty) {
                super.updateItem(item, empty);
                // a pupil without a final result blocks the rollover: shown in the danger colour
                setStyle(!empty && item != null && item.undecided() ? "-fx-text-background-color: -color-danger-fg;"
                        : "");
            }
        });
        HBox.setHgrow(pupils, Priority.ALWAYS);
        HBox tables = new HBox(16, new VBox(6, Fx.section(text.t("rollover.ui.classes")), classes),
                grow(new VBox(6, Fx.section(text.t("rollover.ui.pupils")), pupils), pupils));
        VBox.setVgrow(tables, Priority.ALWAYS);
        VBox.setVgrow(classes, Priority.ALWAYS);

        Button refresh = Fx.button("rollover-refresh", text.t("rollover.ui.refresh"), Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> vm.load());
        Button execute = Fx.button("rollover-execute", text.t("rollover.ui.execute"), Material2OutlinedAL.DOUBLE_ARROW);
        execute.getStyleClass().add(Styles.ACCENT);
        execute.disableProperty().bind(vm.readyProperty().not());
        execute.setOnAction(e -> confirm(vm, text, execute));

        ComboBox<SchoolClass> intake = Fx.comboBox("rollover-intake-class", SchoolClass::name);
        intake.setItems(vm.intakeClasses());
        vm.intakeClasses().addListener((javafx.collections.ListChangeListener<SchoolClass>) c ->
                intake.setValue(vm.intakeClasses().isEmpty() ? null : vm.intakeClasses().getFirst()));
        Button importer = Fx.button("rollover-intake-import", text.t("rollover.ui.intakeImport"),
                Material2OutlinedAL.FILE_UPLOAD);
        importer.disableProperty().bind(intake.valueProperty().isNull());
        importer.setOnAction(e -> FormDialog.open(importer.getScene().getWindow(), text.t("year.tab.rollover"),
                close -> PupilImportView.create(vm.intakeImport(intake.getValue(), m -> { }), text, close)));
        HBox intakeBar = Fx.buttons(new Label(text.t("rollover.ui.intakeClass")), intake, importer);
        intakeBar.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.intakeClasses()));
        intakeBar.managedProperty().bind(intakeBar.visibleProperty());

        Label note = Fx.note(text.t("rollover.ui.note"));
        VBox box = new VBox(10, note, Fx.buttons(refresh, execute), summary, blocked,
                Fx.errorLabel(vm.errorProperty(), "rollover-error"), Fx.infoLabel(vm.infoProperty(), "rollover-info"),
                intakeBar, tables);
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        box.setId("rollover-tab-content");
        box.setUserData(vm);
        return box;
    }

    private static VBox grow(VBox box, Node child) {
        VBox.setVgrow(child, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static void confirm(RolloverViewModel vm, UiText text, Node owner) {
        ButtonType yes = new ButtonType(text.t("rollover.ui.confirm.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(text.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, vm.question(), yes, no);
        alert.initOwner(owner.getScene().getWindow());
        alert.setTitle(text.t("rollover.ui.confirm.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("rollover-confirm");
        alert.showAndWait().filter(yes::equals).ifPresent(b -> vm.execute());
    }
}
