package vn.sotruong.desktop.review;

import java.time.YearMonth;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.review.MonthlyNotesViewModel.NoteRow;

/**
 * Nhận xét hằng tháng: choose the class and the month, write the note; under it the class's notes with month,
 * date and author, and the chosen one to change while its month is open (read-only once closed).
 */
final class MonthlyNotesView {
    private final VBox root;

    MonthlyNotesView(MonthlyNotesViewModel vm, UiText text) {
        ComboBox<Choice> cls = Fx.comboBox("notes-class", Choice::label);
        cls.setItems(vm.classes());
        cls.valueProperty().bindBidirectional(vm.classProperty());
        ComboBox<YearMonth> month = Fx.comboBox("notes-month", vm::monthLabel);
        month.setItems(vm.months());
        month.valueProperty().bindBidirectional(vm.monthProperty());
        TextArea draft = new TextArea();
        draft.setId("notes-draft");
        draft.setPromptText(text.t("notes.prompt"));
        draft.setWrapText(true);
        draft.setPrefRowCount(4);
        draft.textProperty().bindBidirectional(vm.draftProperty());
        var write = Fx.button("notes-write", text.t("notes.write"), Material2OutlinedMZ.NOTE_ADD);
        write.setOnAction(e -> vm.write());

        TableView<NoteRow> list = Fx.table("notes-list", text.t("notes.none"));
        list.getColumns().add(Fx.column(text.t("notes.col.month"), 110, NoteRow::month));
        list.getColumns().add(Fx.column(text.t("notes.col.written"), 160, NoteRow::written));
        list.getColumns().add(Fx.column(text.t("notes.col.author"), 160, NoteRow::author));
        list.getColumns().add(Fx.column(text.t("notes.col.state"), 110,
                r -> text.t(r.editable() ? "notes.open" : "notes.closed")));
        list.getColumns().add(Fx.column(text.t("notes.col.text"), 500, NoteRow::text));
        list.setItems(vm.notes());
        list.setPrefHeight(200);
        vm.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());
        VBox.setVgrow(list, Priority.ALWAYS);

        TextArea edit = new TextArea();
        edit.setId("notes-edit");
        edit.setWrapText(true);
        edit.setPrefRowCount(3);
        edit.textProperty().bindBidirectional(vm.editProperty());
        edit.editableProperty().bind(vm.editableProperty());
        var change = Fx.button("notes-change", text.t("notes.change"), Material2OutlinedAL.EDIT);
        change.disableProperty().bind(vm.editableProperty().not());
        change.setOnAction(e -> vm.change());
        Label closedHint = Fx.note(text.t("notes.closedHint"));
        closedHint.setId("notes-closed-hint");
        closedHint.visibleProperty().bind(vm.selectedProperty().isNotNull().and(vm.editableProperty().not()));
        closedHint.managedProperty().bind(closedHint.visibleProperty());

        root = new VBox(12, Fx.buttons(new Label(text.t("review.class")), cls, new Label(text.t("notes.monthLabel")),
                month), draft, Fx.buttons(write), Fx.errorLabel(vm.errorProperty(), "notes-error"),
                Fx.infoLabel(vm.infoProperty(), "notes-info"), Fx.section(text.t("notes.list")), list, closedHint,
                edit, Fx.buttons(change));
        root.setPadding(new Insets(12, 0, 0, 0));
        root.setId("notes-tab");
    }

    Node root() {
        return root;
    }
}
