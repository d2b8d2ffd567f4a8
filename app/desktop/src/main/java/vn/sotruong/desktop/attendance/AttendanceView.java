package vn.sotruong.desktop.attendance;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Điểm danh: the class and month pickers, the grid, and the save buttons. Changing class or month is
 * held back while typed days are not saved (save them, or drop them with "Bỏ thay đổi").
 */
public final class AttendanceView {
    private final VBox root;
    private final AttendanceViewModel vm;
    private final UiText text;
    private final AttendanceTable table;

    public AttendanceView(AttendanceViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
        this.table = new AttendanceTable(text);
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        vm.gridProperty().addListener((o, a, g) -> table.show(g, vm.today()));
        table.show(vm.gridProperty().get(), vm.today());
        root = Fx.page(Fx.title(text.t("attendance.title", vm.yearLabel())), toolbar(),
                Fx.errorLabel(vm.errorProperty(), "attendance-error"), Fx.infoLabel(vm.infoProperty(), "attendance-info"),
                table.node(), footer(), Fx.note(text.t("attendance.help", vm.sessionsNote())));
        root.setId("attendance-page");
    }

    private Node toolbar() {
        ComboBox<SchoolClass> classes = Fx.comboBox("attendance-class", SchoolClass::name);
        classes.getItems().setAll(vm.classes());
        classes.valueProperty().bindBidirectional(vm.schoolClassProperty());
        classes.setPrefWidth(110);
        ComboBox<java.time.YearMonth> months = Fx.comboBox("attendance-month", vm::monthLabel);
        months.getItems().setAll(vm.months());
        months.valueProperty().bindBidirectional(vm.monthProperty());
        months.setPrefWidth(160);
        // typed days would be lost by switching: save or drop them first
        classes.disableProperty().bind(vm.unsavedProperty());
        months.disableProperty().bind(vm.unsavedProperty());
        Label legend = Fx.note(text.t("attendance.legend"));
        HBox.setHgrow(legend, Priority.ALWAYS);
        HBox bar = Fx.buttons(label("attendance.class", classes), classes, label("attendance.monthLabel", months), months,
                legend);
        bar.getStyleClass().add("toolbar-box");
        return bar;
    }

    private Node footer() {
        Label totals = new Label();
        totals.setId("attendance-totals");
        totals.textProperty().bind(vm.totalsProperty());
        Label pending = new Label();
        pending.setId("attendance-pending");
        pending.textProperty().bind(vm.pendingProperty());
        pending.getStyleClass().add(atlantafx.base.theme.Styles.WARNING);
        Button revert = Fx.button("attendance-revert", text.t("attendance.revert"), Material2OutlinedMZ.UNDO);
        revert.setOnAction(e -> vm.load());
        Button day = Fx.button("attendance-save-day", text.t("attendance.saveDay"), Material2OutlinedAL.EVENT_AVAILABLE);
        day.setOnAction(e -> {
            java.time.LocalDate d = table.focusedDate();
            if (d != null) {
                vm.saveDay(d);
            }
            table.node().requestFocus();
        });
        Button month = Fx.button("attendance-save-month", text.t("attendance.saveMonth"), Material2OutlinedMZ.SAVE);
        month.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        month.setOnAction(e -> {
            vm.saveMonth();
            table.node().requestFocus();
        });
        revert.disableProperty().bind(vm.unsavedProperty().not());
        day.disableProperty().bind(vm.unsavedProperty().not());
        month.disableProperty().bind(vm.unsavedProperty().not());
        for (Button b : new Button[] {revert, day, month}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        pending.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = Fx.buttons(pending, revert, day, month);
        buttons.visibleProperty().bind(vm.gridProperty().map(AttendanceGrid::editable).orElse(false));
        buttons.managedProperty().bind(buttons.visibleProperty());
        totals.setWrapText(true);
        HBox.setHgrow(totals, Priority.ALWAYS);
        totals.setMaxWidth(Double.MAX_VALUE);
        return Fx.buttons(totals, buttons);
    }

    private Label label(String key, Node field) {
        Label l = new Label(text.t(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    public Node root() {
        return root;
    }
}
