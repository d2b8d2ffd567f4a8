package vn.sotruong.desktop.year;

import atlantafx.base.theme.Styles;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.sotruong.core.year.DayKind;
import vn.sotruong.desktop.common.DateConverter;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/** The add/edit form of a calendar entry; closes itself through {@code close} once saved. */
public final class HolidayFormView {
    private final VBox root;

    public HolidayFormView(HolidayFormViewModel vm, UiText text, Runnable close) {
        DatePicker date = new DatePicker();
        date.setId("holiday-date");
        date.setConverter(new DateConverter());
        date.setPromptText("dd/MM/yyyy");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        ComboBox<DayKind> kind = new ComboBox<>();
        kind.setId("holiday-kind");
        kind.getItems().setAll(DayKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(DayKind k) {
                return k == null ? "" : text.t("daykind." + k.name());
            }

            @Override
            public DayKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField name = new TextField();
        name.setId("holiday-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        GridPane form = Fx.form();
        Fx.row(form, text.t("calendar.date"), date);
        Fx.row(form, text.t("calendar.kind"), kind);
        Fx.row(form, text.t("calendar.name"), name);

        Button save = new Button(text.t("action.save"));
        save.setId("holiday-save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> {
            // a date typed but not yet committed by leaving the field still counts
            vm.dateProperty().set(date.getConverter().fromString(date.getEditor().getText()));
            if (vm.save()) {
                close.run();
            }
        });
        Button cancel = new Button(text.t("action.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        root = new VBox(14, Fx.title(text.t(vm.isNew() ? "calendar.add.title" : "calendar.edit.title")), form,
                Fx.errorLabel(vm.errorProperty(), "holiday-error"), Fx.buttons(save, cancel));
        root.setPrefWidth(460);
        root.getStyleClass().add("dialog-pane-content");
    }

    public Parent root() {
        return root;
    }
}
