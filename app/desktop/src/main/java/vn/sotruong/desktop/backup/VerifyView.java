package vn.sotruong.desktop.backup;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.Map;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.data.backup.VerifyResult.Outcome;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Kiểm tra và phục hồi: a file and its password are checked first; only an intact file offers
 * "Phục hồi", which asks once, and a second time when the file is another school's.
 */
final class VerifyView {
    private final VerifyViewModel vm;
    private final UiText text;
    private final VBox root;

    VerifyView(VerifyViewModel vm, UiText text, BooleanExpression busy) {
        this.vm = vm;
        this.text = text;
        GridPane form = Fx.form();
        Fx.row(form, text.t("backup.verify.file"), BackupView.pathRow(Fx.textField("verify-file", vm.fileProperty()),
                Fx.button("verify-browse", text.t("backup.verify.browse"), Material2OutlinedAL.INSERT_DRIVE_FILE),
                this::chooseFile));
        javafx.scene.control.PasswordField pw = Fx.passwordField("verify-password", vm.passwordProperty());
        // an automatic backup of this PC opens with the store's key: nothing to type
        pw.disableProperty().bind(vm.localKeyProperty());
        pw.promptTextProperty().bind(javafx.beans.binding.Bindings.when(vm.localKeyProperty())
                .then(text.t("backup.verify.localKey")).otherwise(""));
        Fx.row(form, text.t("backup.password"), pw);
        form.disableProperty().bind(busy);

        Button check = Fx.button("verify-run", text.t("backup.verify.run"), Material2OutlinedMZ.VERIFIED_USER);
        check.disableProperty().bind(busy);
        check.setOnAction(e -> vm.verify());

        root = BackupView.card(Fx.section(text.t("backup.verify")), Fx.note(text.t("backup.verify.note")), form,
                Fx.buttons(check), BackupView.progress(busyOnlyVerifying(), "verify-progress",
                        text.t("backup.verify.running")), result(), restore(busy));
    }

    /** The check's bar; the restore has its own line ("đang phục hồi"), both from the same busy flag. */
    private BooleanExpression busyOnlyVerifying() {
        return vm.busyProperty().and(vm.outcomeProperty().isNull());
    }

    private Node result() {
        Label message = new Label();
        message.setId("verify-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_BOLD);
        vm.outcomeProperty().addListener((o, a, outcome) -> {
            message.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
            if (outcome != null) {
                message.getStyleClass().add(switch (outcome) {
                    case INTACT -> Styles.SUCCESS;
                    case WRONG_PASSWORD -> Styles.WARNING;
                    case DAMAGED -> Styles.DANGER;
                });
            }
        });
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        Label details = new Label();
        details.setId("verify-details");
        details.setWrapText(true);
        vm.manifestProperty().addListener((o, a, m) -> details.setText(vm.details()));

        TableView<Map.Entry<String, Long>> tables = Fx.table("verify-tables", text.t("table.empty"));
        tables.getColumns().add(Fx.column(text.t("backup.verify.table"), 220, Map.Entry::getKey));
        tables.getColumns().add(Fx.column(text.t("backup.verify.rows"), 90, e -> String.valueOf(e.getValue())));
        tables.setItems(vm.tables());
        tables.setPrefHeight(180);
        // folded by default: the totals above are what most people read, and "Phục hồi" stays in view
        javafx.scene.control.TitledPane perTable = new javafx.scene.control.TitledPane(
                text.t("backup.verify.perTable"), tables);
        perTable.setId("verify-per-table");
        perTable.setExpanded(false);

        VBox intact = new VBox(8, details, perTable);
        intact.visibleProperty().bind(vm.manifestProperty().isNotNull());
        intact.managedProperty().bind(intact.visibleProperty());
        Label technical = Fx.note("");
        technical.setId("verify-technical");
        technical.textProperty().bind(vm.technicalProperty());
        technical.visibleProperty().bind(vm.technicalProperty().isNotEmpty());
        technical.managedProperty().bind(technical.visibleProperty());
        return new VBox(8, message, technical, intact);
    }

    private Node restore(BooleanExpression busy) {
        Label other = new Label(text.t("backup.restore.otherSchoolNote"), Fx.icon(Material2OutlinedMZ.WARNING));
        other.setId("restore-other-school");
        other.setWrapText(true);
        other.getStyleClass().add(Styles.WARNING);
        other.visibleProperty().bind(vm.otherSchoolProperty());
        other.managedProperty().bind(other.visibleProperty());

        Button restore = Fx.button("restore-run", text.t("backup.restore.run"), Material2OutlinedMZ.RESTORE);
        restore.getStyleClass().add(Styles.DANGER);
        restore.disableProperty().bind(busy);
        restore.setOnAction(e -> {
            if (confirmed()) {
                vm.restore();
            }
        });
        Button drill = Fx.button("drill-run", text.t("backup.drill.run"), Material2OutlinedMZ.SETTINGS_BACKUP_RESTORE);
        drill.disableProperty().bind(busy);
        drill.setOnAction(e -> vm.drill());
        Label drilled = new Label();
        drilled.setId("drill-result");
        drilled.setWrapText(true);
        drilled.textProperty().bind(vm.drillResultProperty());
        drilled.visibleProperty().bind(vm.drillResultProperty().isNotEmpty());
        drilled.managedProperty().bind(drilled.visibleProperty());
        vm.drillPassedProperty().addListener((o, a, ok) -> {
            drilled.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            drilled.getStyleClass().add(ok ? Styles.SUCCESS : Styles.DANGER);
        });
        drilled.getStyleClass().add(Styles.DANGER);
        VBox box = new VBox(10, other, Fx.note(text.t("backup.drill.note")), Fx.buttons(drill), drilled,
                Fx.note(text.t("backup.restore.note")), Fx.buttons(restore),
                Fx.errorLabel(vm.restoreErrorProperty(), "restore-error"),
                BackupView.progress(vm.busyProperty().and(vm.outcomeProperty().isNotNull()), "restore-progress",
                        vm.progressProperty(), vm.stageProperty(), text.t("backup.restore.running")));
        box.visibleProperty().bind(vm.outcomeProperty().isEqualTo(Outcome.INTACT));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Replacing the data cannot be undone from this page: say what goes and what comes, then ask. */
    private boolean confirmed() {
        if (!ask("restore-confirm", text.t("backup.restore.confirm.header"),
                text.t("backup.restore.confirm.body", vm.schoolName(), vm.details()))) {
            return false;
        }
        return !vm.otherSchoolProperty().get() || ask("restore-confirm-other",
                text.t("backup.restore.other.header"), text.t("backup.restore.other.body",
                        vm.manifestProperty().get().schoolName(), vm.schoolName()));
    }

    private boolean ask(String id, String header, String body) {
        ButtonType yes = new ButtonType(text.t("backup.restore.confirm.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(text.t("action.cancel").replace("_", ""), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, body, yes, no);
        a.initOwner(root.getScene().getWindow());
        a.setTitle(text.t("backup.restore"));
        a.setHeaderText(header);
        a.getDialogPane().setId(id);
        a.getDialogPane().setMinWidth(520);
        a.getDialogPane().lookupButton(yes).setId(id + "-yes");
        a.getDialogPane().lookupButton(no).setId(id + "-no");
        // the safe answer is the default: Enter must not replace a school's data by accident
        ((Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) a.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return a.showAndWait().filter(yes::equals).isPresent();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.t("backup.verify.browse"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.t("backup.verify.filter"), "*" + BackupFiles.SUFFIX),
                new FileChooser.ExtensionFilter(text.t("backup.verify.filterAll"), "*.*"));
        File current = new File(vm.fileProperty().get().strip());
        if (current.getParentFile() != null && current.getParentFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParentFile());
        }
        File picked = chooser.showOpenDialog(root.getScene().getWindow());
        if (picked != null) {
            vm.fileProperty().set(picked.getPath());
        }
    }

    VBox root() {
        return root;
    }
}
