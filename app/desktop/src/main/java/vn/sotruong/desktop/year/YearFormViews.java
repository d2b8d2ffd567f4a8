package vn.sotruong.desktop.year;

import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.sotruong.core.curriculum.AssessmentForm;
import vn.sotruong.desktop.common.DateConverter;
import vn.sotruong.desktop.common.FormDialog;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/** The two small forms of the year page: a term's start and weeks, a subject's periods and form. */
final class YearFormViews {
    private YearFormViews() {
    }

    static Parent term(TermFormViewModel vm, UiText text, Runnable close) {
        DatePicker start = new DatePicker();
        start.setId("term-form-start");
        start.setConverter(new DateConverter());
        start.setPromptText("dd/MM/yyyy");
        start.valueProperty().bindBidirectional(vm.startProperty());
        TextField weeks = Fx.textField("term-form-weeks", vm.weeksProperty());
        weeks.setPrefColumnCount(4);
        GridPane form = Fx.form();
        Fx.row(form, text.t("term.form.start"), start);
        Fx.row(form, text.t("term.form.weeks"), weeks);
        VBox fields = new VBox(10, form, Fx.note(text.t("term.form.note")));
        // a date typed but not yet committed by leaving the field still counts
        return FormDialog.content(text, vm.title(), fields, vm.errorProperty(), "term-form",
                () -> vm.startProperty().set(start.getConverter().fromString(start.getEditor().getText())),
                vm::save, close);
    }

    static Parent subject(SubjectFormViewModel vm, UiText text, Runnable close) {
        ComboBox<AssessmentForm> kind = Fx.comboBox("subject-form-kind", (AssessmentForm f) ->
                text.t(f == AssessmentForm.SCORED ? "subject.form.scored" : "subject.form.comment"));
        kind.getItems().setAll(AssessmentForm.values());
        kind.valueProperty().bindBidirectional(vm.formProperty());
        GridPane form = Fx.form();
        Fx.row(form, text.t("subject.form.label"), kind);
        for (int grade : vm.grades()) {
            TextField periods = Fx.textField("subject-form-grade-" + grade, vm.periodsProperty(grade));
            periods.setPrefColumnCount(5);
            Fx.row(form, text.t("subject.form.periods", grade), periods);
        }
        VBox fields = new VBox(10, form, Fx.note(text.t("subject.form.note")));
        return FormDialog.content(text, vm.title(), fields, vm.errorProperty(), "subject-form", () -> { },
                vm::save, close);
    }
}
