package vn.sotruong.desktop.classes;

import atlantafx.base.theme.Styles;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import vn.sotruong.core.organisation.StaffMember;
import vn.sotruong.desktop.classes.ClassesViewModel.AssignmentRow;
import vn.sotruong.desktop.classes.ClassesViewModel.ClassRow;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/** Lớp học: the class list on the left, the teaching assignments of the selected class on the right. */
public final class ClassesView {
    private final VBox root;

    public ClassesView(ClassesViewModel vm, UiText text) {
        TableView<ClassRow> classes = Fx.table("classes-table", text.t("classes.empty"));
        classes.getColumns().add(Fx.column(text.t("classes.grade"), 70,
                (ClassRow r) -> String.valueOf(r.schoolClass().grade())));
        classes.getColumns().add(Fx.column(text.t("classes.name"), 90, (ClassRow r) -> r.schoolClass().name()));
        classes.getColumns().add(Fx.column(text.t("classes.homeroom"), 220, ClassRow::homeroom));
        classes.getColumns().add(Fx.column(text.t("classes.size"), 80, (ClassRow r) -> String.valueOf(r.size())));
        classes.setItems(vm.classes());

        FilteredList<AssignmentRow> shown = new FilteredList<>(vm.assignments());
        classes.getSelectionModel().selectedItemProperty().addListener((o, a, sel) ->
                shown.setPredicate(sel == null ? null : r -> r.classId() == sel.schoolClass().id()));
        TableView<AssignmentRow> assignments = Fx.table("assignments-table", text.t("classes.assignments.empty"));
        assignments.getColumns().add(Fx.column(text.t("classes.name"), 80, AssignmentRow::className));
        assignments.getColumns().add(Fx.column(text.t("subject.name"), 220, AssignmentRow::subject));
        assignments.getColumns().add(Fx.column(text.t("classes.teacher"), 200, AssignmentRow::teacher));
        assignments.setItems(shown);

        VBox left = new VBox(8, Fx.section(text.t("classes.list")), classes);
        VBox right = vm.canManageAssignments() ? editor(vm, text, classes)
                : new VBox(8, Fx.section(text.t("classes.assignments")), assignments);
        VBox.setVgrow(classes, Priority.ALWAYS);
        VBox.setVgrow(assignments, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(480);
        right.setPrefWidth(480);
        HBox tables = new HBox(20, left, right);
        VBox.setVgrow(tables, Priority.ALWAYS);

        Label size = new Label(text.t("classes.size.note"));
        size.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        size.setWrapText(true);
        root = Fx.page(Fx.title(text.t("classes.title", vm.yearLabel())));
        if (vm.canAdd()) {
            root.getChildren().add(addForm(vm, text));
        }
        root.getChildren().addAll(Fx.errorLabel(vm.errorProperty(), "classes-error"),
                Fx.infoLabel(vm.infoProperty(), "classes-info"), tables, size);
        root.setId("classes-page");
    }

    /** The assignment editor follows the selected class, also across a reload of the class list. */
    private static VBox editor(ClassesViewModel vm, UiText text, TableView<ClassRow> classes) {
        AssignmentEditorViewModel editor = vm.assignmentEditor();
        classes.getSelectionModel().selectedItemProperty().addListener((o, a, sel) -> {
            if (sel != null) {
                editor.select(sel.schoolClass());
            }
        });
        vm.classes().addListener((javafx.collections.ListChangeListener<ClassRow>) c -> {
            var shown = editor.schoolClassProperty().get();
            if (shown != null) {
                classes.getItems().stream().filter(r -> r.schoolClass().id() == shown.id()).findFirst()
                        .ifPresent(r -> classes.getSelectionModel().select(r));
            }
        });
        VBox box = new VBox(new AssignmentEditorView(editor, text).root());
        VBox.setVgrow(box.getChildren().getFirst(), Priority.ALWAYS);
        return box;
    }

    private static Node addForm(ClassesViewModel vm, UiText text) {
        ComboBox<Integer> grade = new ComboBox<>();
        grade.setId("class-grade");
        grade.getItems().setAll(vm.grades());
        grade.valueProperty().bindBidirectional(vm.newGradeProperty());
        TextField name = new TextField();
        name.setId("class-name");
        name.setPromptText(text.t("classes.name.prompt"));
        name.setPrefColumnCount(6);
        name.textProperty().bindBidirectional(vm.newNameProperty());
        ComboBox<StaffMember> homeroom = new ComboBox<>();
        homeroom.setId("class-homeroom");
        homeroom.setItems(vm.staff());
        homeroom.setPrefWidth(240);
        homeroom.setPromptText(text.t("classes.homeroom.none"));
        homeroom.setConverter(new StringConverter<>() {
            @Override
            public String toString(StaffMember s) {
                return s == null ? "" : s.fullName();
            }

            @Override
            public StaffMember fromString(String s) {
                return null;
            }
        });
        homeroom.valueProperty().bindBidirectional(vm.newHomeroomProperty());
        Button add = new Button(text.t("classes.add"), Fx.icon(Material2OutlinedAL.ADD));
        add.setId("class-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(vm.newNameProperty().isEmpty());
        add.setOnAction(e -> vm.addClass());
        Label g = new Label(text.t("classes.grade.label"));
        g.setLabelFor(grade);
        Label n = new Label(text.t("classes.name.label"));
        n.setLabelFor(name);
        Label h = new Label(text.t("classes.homeroom.label"));
        h.setLabelFor(homeroom);
        HBox box = Fx.buttons(g, grade, n, name, h, homeroom, add);
        box.getStyleClass().add("toolbar-box");
        return box;
    }

    public Node root() {
        return root;
    }
}
