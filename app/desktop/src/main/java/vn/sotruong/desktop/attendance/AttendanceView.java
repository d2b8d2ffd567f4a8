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
import vn.sotruong.server.wire.Wire.AttendanceClassView;
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
        vm.bannerProperty().addListener((o, a, b) -> table.repaint());
        vm.infoProperty().addListener((o, a, b) -> table.repaint());
        Label title = Fx.title("");
        title.textProperty().bind(vm.yearProperty().map(y -> text.t("attendance.title", y)));
        Label help = Fx.note("");
        help.textProperty().bind(vm.twoSessionsProperty().map(two -> text.t("attendance.help",
                text.t(two ? "attendance.sessions.two" : "attendance.sessions.one"))));
        root = Fx.page(title, toolbar(), banner(),
                Fx.errorLabel(vm.errorProperty(), "attendance-error"), Fx.infoLabel(vm.infoProperty(), "attendance-info"),
                table.node(), footer(), help);
        root.setId("attendance-page");
    }

    /** Không kết nối được máy văn phòng: shown only while typed cells wait to be sent again (a workstation). */
    private Node banner() {
        Label why = new Label();
        why.setId("attendance-banner");
        why.setWrapText(true);
        why.textProperty().bind(vm.bannerProperty());
        why.getStyleClass().add(atlantafx.base.theme.Styles.WARNING);
        HBox.setHgrow(why, Priority.ALWAYS);
        why.setMaxWidth(Double.MAX_VALUE);
        Button retry = Fx.button("attendance-retry", text.t("attendance.retry"), Material2OutlinedMZ.REFRESH);
        retry.setMinWidth(Region.USE_PREF_SIZE);
        retry.setOnAction(e -> vm.saveMonth());
        HBox box = Fx.buttons(why, retry);
        box.setId("attendance-offline");
        box.getStyleClass().add("ws-banner");
        box.visibleProperty().bind(vm.bannerProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node toolbar() {
        ComboBox<AttendanceClassView> classes = Fx.comboBox("attendance-class", AttendanceClassView::className);
        classes.setItems(vm.classes());
        classes.valueProperty().bindBidirectional(vm.schoolClassProperty());
        classes.setPrefWidth(110);
        ComboBox<java.time.YearMonth> months = Fx.comboBox("attendance-month", vm::monthLabel);
        months.setItems(vm.months());
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
