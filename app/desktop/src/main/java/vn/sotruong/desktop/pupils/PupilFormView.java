package vn.sotruong.desktop.pupils;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.desktop.common.DateConverter;
import vn.sotruong.desktop.common.FormDialog;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.pupils.PupilFormViewModel.ParentFields;

/**
 * Hồ sơ học sinh in three groups side by side (học sinh | gia đình | liên hệ và đồng ý): one tall
 * column would not fit a 768-pixel screen.
 */
final class PupilFormView {
    private PupilFormView() {
    }

    static Parent create(PupilFormViewModel vm, UiText text, Runnable close) {
        DatePicker birth = datePicker("pupil-form-birth");
        birth.valueProperty().bindBidirectional(vm.birthDateProperty());
        ComboBox<Gender> gender = Fx.comboBox("pupil-form-gender", Gender::label);
        gender.getItems().setAll(vm.genders());
        gender.valueProperty().bindBidirectional(vm.genderProperty());
        CheckBox policy = new CheckBox(text.t("pupil.policyFamily"));
        policy.setId("pupil-form-policy");
        policy.selectedProperty().bindBidirectional(vm.policyFamilyProperty());

        GridPane pupil = Fx.form();
        Fx.row(pupil, text.t("pupil.code"), Fx.textField("pupil-form-code", vm.codeProperty()));
        Fx.row(pupil, text.t("pupil.fullName"), Fx.textField("pupil-form-name", vm.fullNameProperty()));
        Fx.row(pupil, text.t("pupil.birthDate"), birth);
        Fx.row(pupil, text.t("pupil.gender"), gender);
        Fx.row(pupil, text.t("pupil.ethnicity"), Fx.textField("pupil-form-ethnicity", vm.ethnicityProperty()));
        Fx.row(pupil, text.t("pupil.birthPlace"), Fx.textField("pupil-form-birthplace", vm.birthPlaceProperty()));
        Fx.row(pupil, text.t("pupil.nationalId"), Fx.textField("pupil-form-nationalid", vm.nationalIdProperty()));
        if (vm.isNew()) {
            TextField from = Fx.textField("pupil-form-from", vm.fromSchoolProperty());
            from.setPromptText(text.t("pupil.fromSchool.prompt"));
            Fx.row(pupil, text.t("pupil.fromSchool"), from);
        }
        pupil.add(policy, 1, pupil.getRowCount());

        GridPane family = Fx.form();
        parent(family, text, "father", vm.father());
        parent(family, text, "mother", vm.mother());
        parent(family, text, "guardian", vm.guardian());

        GridPane contact = Fx.form();
        Fx.row(contact, text.t("pupil.address"), Fx.textField("pupil-form-address", vm.addressProperty()));
        Fx.row(contact, text.t("pupil.phone"), Fx.textField("pupil-form-phone", vm.phoneProperty()));

        DatePicker consentDate = datePicker("pupil-form-consent-date");
        consentDate.valueProperty().bindBidirectional(vm.consentDateProperty());
        Button record = Fx.button("pupil-form-consent", text.t("pupil.consent.record"), Material2OutlinedAL.DONE);
        record.setDisable(vm.isNew());
        record.setMinWidth(Region.USE_PREF_SIZE);
        consentDate.setPrefWidth(150);
        consentDate.setDisable(vm.isNew());
        record.setOnAction(e -> {
            commit(consentDate);
            vm.recordConsent();
        });
        Label status = new Label();
        status.setId("pupil-form-consent-status");
        status.textProperty().bind(vm.consentStatusProperty());
        status.setWrapText(true);
        VBox consent = new VBox(8, Fx.section(text.t("pupil.group.consent")), Fx.note(text.t("pupil.consent.note")),
                Fx.buttons(consentDate, record), status);

        VBox left = group(text.t("pupil.group.pupil"), pupil);
        VBox middle = group(text.t("pupil.group.family"), family);
        VBox right = group(text.t("pupil.group.contact"), contact);
        right.getChildren().add(consent);
        HBox groups = new HBox(24, left, middle, right);
        left.setPrefWidth(320);
        middle.setPrefWidth(300);
        right.setPrefWidth(360);
        VBox content = FormDialog.content(text, vm.title(), groups, vm.errorProperty(), "pupil-form",
                () -> commit(birth), vm::save, close);
        content.setPrefWidth(1060);
        return content;
    }

    private static void parent(GridPane form, UiText text, String who, ParentFields f) {
        Label heading = new Label(text.t("pupil." + who));
        heading.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
        form.add(heading, 0, form.getRowCount(), 2, 1);
        Fx.row(form, text.t("pupil.parent.name"), Fx.textField("pupil-form-" + who + "-name", f.name()));
        Fx.row(form, text.t("pupil.parent.occupation"), Fx.textField("pupil-form-" + who + "-job", f.occupation()));
        Fx.row(form, text.t("pupil.parent.phone"), Fx.textField("pupil-form-" + who + "-phone", f.phone()));
    }

    private static VBox group(String title, Node content) {
        VBox v = new VBox(10, Fx.section(title), content);
        HBox.setHgrow(v, Priority.ALWAYS);
        return v;
    }

    static DatePicker datePicker(String id) {
        DatePicker d = new DatePicker();
        d.setId(id);
        d.setConverter(new DateConverter());
        d.setPromptText("dd/MM/yyyy");
        d.setMaxWidth(Double.MAX_VALUE);
        return d;
    }

    /** A date typed but not yet committed by leaving the field still counts. */
    static void commit(DatePicker d) {
        d.setValue(d.getConverter().fromString(d.getEditor().getText()));
    }
}
