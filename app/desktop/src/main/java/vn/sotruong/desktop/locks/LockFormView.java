package vn.sotruong.desktop.locks;

import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.sotruong.desktop.common.DateConverter;
import vn.sotruong.desktop.common.FormDialog;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.locks.LockFormViewModel.Pick;

/** The "Khóa" / "Mở khóa" window; opening adds the last day and the principal's confirmation. */
final class LockFormView {
    private LockFormView() {
    }

    static Parent create(LockFormViewModel vm, UiText text, Runnable close) {
        GridPane form = Fx.form();
        Fx.row(form, text.t("locks.form.grade"), combo("lock-grade", vm.grades(), vm.gradeProperty()));
        Fx.row(form, text.t("locks.form.class"), combo("lock-class", vm.classes(), vm.schoolClassProperty()));
        Fx.row(form, text.t("locks.form.subject"), combo("lock-subject", vm.subjects(), vm.subjectProperty()));
        Fx.row(form, text.t("locks.form.columns"), combo("lock-columns", vm.columns(), vm.columnProperty()));
        TextArea reason = new TextArea();
        reason.setId("lock-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Fx.row(form, text.t("locks.form.reason"), reason);
        DatePicker until = new DatePicker();
        VBox fields = new VBox(12, form);
        if (vm.opening()) {
            until.setId("lock-until");
            until.setConverter(new DateConverter());
            until.setPromptText("dd/MM/yyyy");
            until.valueProperty().bindBidirectional(vm.untilProperty());
            Fx.row(form, text.t("locks.form.until"), until);
            GridPane principal = Fx.form();
            Fx.row(principal, text.t("locks.form.principal"), Fx.textField("lock-principal", vm.principalLoginProperty()));
            Fx.row(principal, text.t("locks.form.password"),
                    Fx.passwordField("lock-principal-password", vm.principalPasswordProperty()));
            fields.getChildren().addAll(Fx.section(text.t("locks.form.confirm")), Fx.note(text.t("locks.form.confirm.note")),
                    principal);
        } else {
            fields.getChildren().add(Fx.note(text.t("locks.form.lock.note")));
        }
        VBox root = FormDialog.content(text, vm.title(), fields, vm.errorProperty(), "lock-form",
                () -> {
                    if (vm.opening()) { // a typed date counts even before the picker commits it
                        until.setValue(until.getConverter().fromString(until.getEditor().getText()));
                    }
                }, vm::save, close);
        root.setId("lock-form");
        root.setUserData(vm);
        return root;
    }

    private static <T> ComboBox<Pick<T>> combo(String id, java.util.List<Pick<T>> items,
                                               javafx.beans.property.ObjectProperty<Pick<T>> value) {
        ComboBox<Pick<T>> c = Fx.comboBox(id, Pick::label);
        c.getItems().setAll(items);
        c.valueProperty().bindBidirectional(value);
        return c;
    }
}
