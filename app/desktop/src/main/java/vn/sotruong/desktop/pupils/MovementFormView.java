package vn.sotruong.desktop.pupils;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.desktop.common.FormDialog;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.pupils.MovementFormViewModel.Kind;

/** The small form of one movement: date, then the school or the class it needs, then the reason. */
final class MovementFormView {
    private MovementFormView() {
    }

    static Parent create(MovementFormViewModel vm, UiText text, Runnable close) {
        DatePicker date = PupilFormView.datePicker("move-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        GridPane form = Fx.form();
        Fx.row(form, text.t("pupils.move.date"), date);
        if (vm.kind() == Kind.TRANSFER_OUT) {
            Fx.row(form, text.t("pupils.move.toSchool"), Fx.textField("move-school", vm.otherSchoolProperty()));
        }
        if (vm.kind().needsClass()) {
            ComboBox<SchoolClass> target = Fx.comboBox("move-target", SchoolClass::name);
            target.getItems().setAll(vm.classes());
            target.valueProperty().bindBidirectional(vm.targetProperty());
            Fx.row(form, text.t("pupils.move.toClass"), target);
        }
        Fx.row(form, text.t("pupils.move.reason"), Fx.textField("move-reason", vm.reasonProperty()));
        if (vm.kind() == Kind.TRANSFER_OUT) {
            CheckBox with = new CheckBox(text.t("pupils.dossier.with"));
            with.setId("move-dossier");
            with.setWrapText(true);
            with.selectedProperty().bindBidirectional(vm.withDossierProperty());
            TextField folder = Fx.textField("move-dossier-folder", vm.dossierFolderProperty());
            folder.disableProperty().bind(with.selectedProperty().not());
            HBox.setHgrow(folder, Priority.ALWAYS);
            Button choose = new Button(text.t("pupils.dossier.choose"));
            choose.setId("move-dossier-choose");
            choose.disableProperty().bind(with.selectedProperty().not());
            choose.setOnAction(e -> {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(text.t("pupils.dossier"));
                java.io.File f = chooser.showDialog(choose.getScene().getWindow());
                if (f != null) {
                    vm.dossierFolderProperty().set(f.getAbsolutePath());
                }
            });
            Fx.row(form, text.t("pupils.dossier.label"), new VBox(6, with, new HBox(6, folder, choose)));
        }
        VBox content = FormDialog.content(text, vm.title(), new VBox(10, form,
                Fx.note(text.t("pupils.move.dateNote"))), vm.errorProperty(), "move", () -> PupilFormView.commit(date),
                vm::save, close);
        return content;
    }
}
