package vn.sotruong.desktop.backup;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/** The card "Giữ bản sao lưu và nhắc nhở": generations on a stick, on this PC, and the reminder's days. */
final class BackupSettingsView {
    private final VBox root;

    BackupSettingsView(BackupSettingsViewModel vm, UiText text, BooleanExpression busy) {
        GridPane form = Fx.form();
        Fx.row(form, text.t("backup.settings.backup.keep.usb"), number("backup-keep-usb", vm.keepUsbProperty()));
        Fx.row(form, text.t("backup.settings.backup.keep.local"), number("backup-keep-local", vm.keepLocalProperty()));
        Fx.row(form, text.t("backup.settings.backup.remind.days"), number("backup-remind-days",
                vm.remindDaysProperty()));
        form.disableProperty().bind(busy);
        Button save = Fx.button("backup-settings-save", text.t("backup.settings.save"), Material2OutlinedMZ.SAVE);
        save.disableProperty().bind(busy);
        save.setOnAction(e -> vm.save());
        root = BackupView.card(Fx.section(text.t("backup.settings")), Fx.note(text.t("backup.settings.note")), form,
                Fx.errorLabel(vm.errorProperty(), "backup-settings-error"),
                Fx.infoLabel(vm.infoProperty(), "backup-settings-info"), Fx.buttons(save));
    }

    private static TextField number(String id, javafx.beans.property.StringProperty p) {
        TextField f = Fx.textField(id, p);
        f.setPrefColumnCount(5);
        f.setMaxWidth(100);
        return f;
    }

    VBox root() {
        return root;
    }
}
