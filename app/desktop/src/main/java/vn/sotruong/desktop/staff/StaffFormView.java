package vn.sotruong.desktop.staff;

import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.GridPane;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.common.FormDialog;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/** The form that changes a staff member's position, department and phone. */
final class StaffFormView {
    private StaffFormView() {
    }

    static Parent create(StaffFormViewModel vm, UiText text, Runnable close) {
        ComboBox<Choice> department = Fx.comboBox("staff-form-department", Choice::label);
        department.getItems().setAll(vm.departments());
        department.valueProperty().bindBidirectional(vm.departmentProperty());
        GridPane form = Fx.form();
        Fx.row(form, text.t("staff.position"), Fx.textField("staff-form-position", vm.positionProperty()));
        Fx.row(form, text.t("staff.department"), department);
        Fx.row(form, text.t("staff.phone"), Fx.textField("staff-form-phone", vm.phoneProperty()));
        return FormDialog.content(text, text.t("staff.edit.title", vm.fullName()), form, vm.errorProperty(),
                "staff-form", () -> { }, vm::save, close);
    }
}
