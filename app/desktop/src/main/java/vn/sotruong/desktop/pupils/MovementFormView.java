package vn.sotruong.desktop.pupils;

import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
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
        VBox content = FormDialog.content(text, vm.title(), new VBox(10, form,
                Fx.note(text.t("pupils.move.dateNote"))), vm.errorProperty(), "move", () -> PupilFormView.commit(date),
                vm::save, close);
        return content;
    }
}
