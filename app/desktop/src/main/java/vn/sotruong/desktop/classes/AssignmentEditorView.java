package vn.sotruong.desktop.classes;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.classes.AssignmentEditorViewModel.SubjectRow;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/**
 * The assignment grid of the selected class: one line per subject of its grade with a teacher picker
 * (a grid rather than a table, so every picker is a real node a keyboard and a test can reach).
 */
final class AssignmentEditorView {
    private final VBox root;
    private final AssignmentEditorViewModel vm;
    private final UiText text;
    private final GridPane grid = new GridPane();

    AssignmentEditorView(AssignmentEditorViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
        Label heading = Fx.section(text.t("classes.assignments"));
        vm.schoolClassProperty().addListener((o, a, c) -> heading.setText(c == null ? text.t("classes.assignments")
                : text.t("assign.title", c.name())));

        ComboBox<Choice> homeroom = Fx.comboBox("assign-homeroom", Choice::label);
        homeroom.setItems(vm.homeroomChoices());
        homeroom.valueProperty().bindBidirectional(vm.homeroomProperty());
        homeroom.setPrefWidth(240);
        Button save = Fx.button("assign-homeroom-save", text.t("assign.homeroom.save"), Material2OutlinedMZ.SAVE);
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> vm.saveHomeroom());
        Label h = new Label(text.t("classes.homeroom"));
        h.setLabelFor(homeroom);
        HBox homeroomRow = Fx.buttons(h, homeroom, save);
        homeroomRow.disableProperty().bind(vm.schoolClassProperty().isNull());

        grid.setId("assign-grid");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints subject = new ColumnConstraints();
        subject.setHgrow(Priority.ALWAYS);
        ColumnConstraints periods = new ColumnConstraints(70);
        ColumnConstraints teacher = new ColumnConstraints(260);
        grid.getColumnConstraints().addAll(subject, periods, teacher);
        vm.rows().addListener((ListChangeListener<SubjectRow>) c -> rebuild());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label empty = Fx.note(text.t("assign.pickClass"));
        empty.visibleProperty().bind(vm.schoolClassProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        root = new VBox(8, heading, empty, homeroomRow, Fx.errorLabel(vm.errorProperty(), "assign-error"),
                Fx.infoLabel(vm.infoProperty(), "assign-info"), scroll, Fx.note(text.t("assign.note")));
        root.setId("assign-editor");
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        if (vm.rows().isEmpty()) {
            return;
        }
        grid.addRow(0, header(text.t("subject.name")), header(text.t("assign.periods")),
                header(text.t("classes.teacher")));
        int r = 1;
        for (SubjectRow row : vm.rows()) {
            ComboBox<Choice> teacher = Fx.comboBox("assign-" + row.subject().code(), Choice::label);
            teacher.setItems(vm.teachers());
            teacher.setValue(row.teacher());
            teacher.setPromptText(text.t("classes.homeroom.none"));
            teacher.setMaxWidth(Double.MAX_VALUE);
            // set after the current value, so showing the grid assigns nothing
            teacher.setOnAction(e -> vm.assign(row.subject(), teacher.getValue()));
            Label name = new Label(row.subject().name());
            name.setLabelFor(teacher);
            name.setWrapText(true);
            grid.addRow(r++, name, new Label(String.valueOf(row.periods())), teacher);
        }
    }

    private static Label header(String s) {
        Label l = new Label(s);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    Node root() {
        return root;
    }
}
