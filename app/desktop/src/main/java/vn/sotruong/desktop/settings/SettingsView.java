package vn.sotruong.desktop.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Cài đặt: the school profile and the attendance settings on the left, the security settings (with what
 * each one does) on the right.
 */
public final class SettingsView {
    private final ScrollPane root;
    private final SettingsViewModel vm;
    private final UiText text;

    public SettingsView(SettingsViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
        VBox profile = profile();
        VBox security = security();
        VBox left = new VBox(20, profile, attendance());
        left.setPrefWidth(470);
        left.setMinWidth(380);
        security.setPrefWidth(640);
        HBox.setHgrow(security, Priority.ALWAYS);
        HBox columns = new HBox(20, left, security);
        VBox page = Fx.page(Fx.title(text.t("settings.title")), Fx.infoLabel(vm.infoProperty(), "settings-info"), columns);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("settings-page");
    }

    private VBox profile() {
        GridPane form = Fx.form();
        Fx.row(form, text.t("wizard.school.name"), Fx.textField("settings-name", vm.nameProperty()));
        Fx.row(form, text.t("wizard.school.moet"), Fx.textField("settings-moet", vm.moetCodeProperty()));
        Fx.row(form, text.t("wizard.school.province"), Fx.textField("settings-province", vm.provinceProperty()));
        Fx.row(form, text.t("wizard.school.district"), Fx.textField("settings-district", vm.districtProperty()));
        Fx.row(form, text.t("wizard.school.principal"), Fx.textField("settings-principal", vm.principalProperty()));
        Button save = saveButton("settings-profile-save");
        save.setOnAction(e -> vm.saveProfile());
        return card(Fx.section(text.t("settings.profile")), Fx.note(text.t("settings.profile.note")), form,
                Fx.errorLabel(vm.profileErrorProperty(), "settings-profile-error"), Fx.buttons(save));
    }

    private VBox security() {
        return numbersCard("security", vm.securityKeys(), vm::saveSecurity, vm.securityErrorProperty());
    }

    /** Điểm danh: how many sessions a day the school takes attendance for. */
    private VBox attendance() {
        return numbersCard("attendance", vm.attendanceKeys(), vm::saveAttendance, vm.attendanceErrorProperty());
    }

    /** A part of the numeric settings: its title and note ("settings.security…"), fields, error line and Lưu. */
    private VBox numbersCard(String part, java.util.List<String> keys, Runnable saveAction,
                             javafx.beans.property.StringProperty error) {
        Button save = saveButton("settings-" + part + "-save");
        save.setOnAction(e -> saveAction.run());
        return card(Fx.section(text.t("settings." + part)), Fx.note(text.t("settings." + part + ".note")),
                numbers(keys), Fx.errorLabel(error, "settings-" + part + "-error"), Fx.buttons(save));
    }

    /** A label, a field and what it does, one numeric setting a line. */
    private GridPane numbers(java.util.List<String> keys) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(34);
        ColumnConstraints fields = new ColumnConstraints(90);
        ColumnConstraints help = new ColumnConstraints();
        help.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields, help);
        int row = 0;
        for (String key : keys) {
            TextField field = Fx.textField(SettingsViewModel.fieldId(key), vm.securityValue(key));
            field.setAlignment(Pos.CENTER_RIGHT);
            vm.invalidKeyProperty().addListener((o, a, k) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, key.equals(k)));
            Label label = new Label(vm.label(key));
            label.setLabelFor(field);
            label.setWrapText(true);
            Label note = Fx.note(vm.help(key));
            grid.add(label, 0, row);
            grid.add(field, 1, row);
            grid.add(note, 2, row);
            row++;
        }
        return grid;
    }

    private Button saveButton(String id) {
        Button b = new Button(text.t("action.save"), Fx.icon(Material2OutlinedMZ.SAVE));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.getStyleClass().add(Styles.ACCENT);
        return b;
    }

    private static VBox card(Node... children) {
        return Fx.card(children);
    }

    public Node root() {
        return root;
    }
}
