package vn.sotruong.desktop.backup;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.data.backup.BackupListing;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Sao lưu: the reminders due; on the left, making a backup (a bar that fills stage by stage) and how
 * many generations are kept ({@link BackupSettingsView}); on the right, checking a backup file and
 * restoring from it ({@link VerifyView}), the backups in the chosen folder and the automatic ones on
 * this PC. While the service works the forms are disabled; the result is shown only once it returned.
 */
public final class BackupView {
    private final BackupViewModel vm;
    private final VerifyViewModel verifyVm;
    private final UiText text;
    private final ScrollPane root;

    public BackupView(BackupViewModel vm, VerifyViewModel verifyVm, BackupSettingsViewModel settingsVm, UiText text) {
        this.vm = vm;
        this.verifyVm = verifyVm;
        this.text = text;
        // one store, one job at a time: a backup and a restore must not run together
        BooleanExpression busy = vm.busyProperty().or(verifyVm.busyProperty());
        // making a backup, how many are kept and the automatic ones on the left; checking or restoring
        // one, and what the chosen folder holds, on the right
        VBox left = new VBox(16, createCard(busy), new BackupSettingsView(settingsVm, text, busy).root(), localCard());
        // the check first: its result (and "Phục hồi") grows downwards and should stay on screen
        VBox right = new VBox(16, new VerifyView(verifyVm, text, busy).root(), listCard());
        left.setPrefWidth(500);
        right.setPrefWidth(580);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox columns = new HBox(20, left, right);
        // each column as tall as its cards: a short card must not stretch to the other column's height
        columns.setFillHeight(false);
        Label last = Fx.note("");
        last.setId("backup-last");
        last.textProperty().bind(vm.lastBackupsProperty());
        VBox page = Fx.page(Fx.title(text.t("backup.title")), Fx.note(text.t("backup.intro")), reminders(), last,
                columns);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("backup-page");
    }

    /** The reminders due, kept current after each backup. */
    private Node reminders() {
        VBox holder = new VBox();
        Runnable show = () -> holder.getChildren().setAll(ReminderBanner.of("backup-reminders",
                text.t("backup.reminder.title"), java.util.List.copyOf(vm.reminders())));
        vm.reminders().addListener((javafx.collections.ListChangeListener<String>) c -> show.run());
        show.run();
        holder.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.reminders()));
        holder.managedProperty().bind(holder.visibleProperty());
        return holder;
    }

    private VBox createCard(BooleanExpression busy) {
        GridPane form = Fx.form();
        Fx.row(form, text.t("backup.folder"), pathRow(Fx.textField("backup-folder", vm.folderProperty()),
                Fx.button("backup-browse", text.t("backup.browse"), Material2OutlinedAL.FOLDER_OPEN), this::chooseFolder));
        Fx.row(form, text.t("backup.drives"), drives());
        Fx.row(form, text.t("backup.password"), Fx.passwordField("backup-password", vm.passwordProperty()));
        Fx.row(form, text.t("backup.confirm"), Fx.passwordField("backup-confirm", vm.confirmProperty()));
        form.disableProperty().bind(busy);

        Button run = Fx.button("backup-run", text.t("backup.run"), Material2OutlinedAL.BACKUP);
        run.getStyleClass().add(Styles.ACCENT);
        run.setDefaultButton(true);
        run.disableProperty().bind(busy);
        run.setOnAction(e -> vm.create());

        return card(Fx.section(text.t("backup.create")), Fx.note(text.t("backup.create.note")), form,
                Fx.errorLabel(vm.errorProperty(), "backup-error"), Fx.buttons(run),
                progress(vm.busyProperty(), "backup-progress", vm.progressProperty(), vm.stageProperty(),
                        text.t("backup.running")), done());
    }

    private Node drives() {
        ComboBox<Path> drives = Fx.comboBox("backup-drives", BackupFiles::shown);
        drives.setItems(vm.drives());
        drives.setPromptText(text.t("backup.drives.none"));
        drives.setMaxWidth(Double.MAX_VALUE);
        drives.valueProperty().addListener((o, a, p) -> {
            if (p != null) {
                vm.folderProperty().set(p.toString());
            }
        });
        Button again = Fx.button("backup-drives-refresh", text.t("action.refresh"), Material2OutlinedMZ.REFRESH);
        // icon only beside the list (the label would be squeezed to "…"); the tooltip says what it does
        again.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        again.setTooltip(new javafx.scene.control.Tooltip(text.t("backup.drives.refresh")));
        again.setOnAction(e -> vm.refreshDrives());
        HBox.setHgrow(drives, Priority.ALWAYS);
        HBox row = new HBox(8, drives, again);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Shown only after the service returned: the file, its size, the time, and that it was read back. */
    private Node done() {
        Label heading = new Label(text.t("backup.done"), Fx.icon(Material2OutlinedAL.CHECK_CIRCLE));
        heading.getStyleClass().addAll(Styles.SUCCESS, Styles.TEXT_BOLD);
        heading.setId("backup-done-heading");
        heading.setWrapText(true);
        Label file = new Label();
        file.setId("backup-done-file");
        file.textProperty().bind(vm.doneFileProperty());
        file.setWrapText(true);
        Label summary = new Label();
        summary.setId("backup-done-summary");
        summary.textProperty().bind(vm.doneSummaryProperty());
        summary.setWrapText(true);
        Label rotation = new Label();
        rotation.setId("backup-done-rotation");
        rotation.textProperty().bind(vm.doneRotationProperty());
        rotation.setWrapText(true);
        Label clock = new Label();
        clock.setId("backup-done-clock");
        clock.textProperty().bind(vm.clockWarningProperty());
        clock.setWrapText(true);
        clock.getStyleClass().add(Styles.WARNING);
        clock.visibleProperty().bind(vm.clockWarningProperty().isNotEmpty());
        clock.managedProperty().bind(clock.visibleProperty());
        VBox box = new VBox(6, heading, file, summary, rotation, clock);
        box.setId("backup-done");
        box.getStyleClass().add("toolbar-box");
        box.visibleProperty().bind(vm.doneFileProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox listCard() {
        TableView<BackupListing> table = Fx.table("backup-list", text.t("backup.list.empty"));
        table.getColumns().add(Fx.column(text.t("backup.list.name"), 230, BackupListing::name));
        table.getColumns().add(Fx.column(text.t("backup.list.date"), 125, vm::when));
        table.getColumns().add(Fx.column(text.t("backup.list.size"), 90, vm::size));
        table.getColumns().add(Fx.column(text.t("backup.list.check"), 110, vm::check));
        table.setItems(vm.existing());
        table.setPrefHeight(150);
        // a generation picked here is the one the check on the right reads
        table.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null) {
                verifyVm.fileProperty().set(f.file().toString());
            }
        });
        Button refresh = Fx.button("backup-list-refresh", text.t("action.refresh"), Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> vm.refreshList());
        HBox head = new HBox(8, Fx.section(text.t("backup.list")), Fx.grow(), refresh);
        head.setAlignment(Pos.CENTER_LEFT);
        return card(head, table, Fx.note(text.t("backup.list.note")));
    }

    /** Sao lưu tự động trên máy này: daily, before restores and upgrades; opened with this PC's key. */
    private VBox localCard() {
        TableView<BackupListing> table = Fx.table("backup-local", text.t("backup.local.empty"));
        table.getColumns().add(Fx.column(text.t("backup.list.date"), 130, vm::when));
        table.getColumns().add(Fx.column(text.t("backup.local.kind"), 135, vm::kind));
        table.getColumns().add(Fx.column(text.t("backup.list.size"), 70, vm::size));
        table.getColumns().add(Fx.column(text.t("backup.list.check"), 100, vm::check));
        table.setItems(vm.local());
        table.setPrefHeight(150);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null) {
                verifyVm.useAutomaticBackup(f.file());
            }
        });
        Button refresh = Fx.button("backup-local-refresh", text.t("action.refresh"), Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> vm.refreshLocal());
        HBox head = new HBox(8, Fx.section(text.t("backup.local")), Fx.grow(), refresh);
        head.setAlignment(Pos.CENTER_LEFT);
        return card(head, table, Fx.note(text.t("backup.local.note", vm.localFolder())));
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text.t("backup.browse.title"));
        File current = new File(vm.folderProperty().get().strip());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File picked = chooser.showDialog(root.getScene().getWindow());
        if (picked != null) {
            vm.folderProperty().set(picked.getPath());
        }
    }

    /** A path field that takes the room, and the button that opens the chooser beside it. */
    static HBox pathRow(TextField field, Button browse, Runnable choose) {
        endShown(field);
        browse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        browse.setOnAction(e -> choose.run());
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(8, field, browse);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A path's end (the folder or file name) is what tells paths apart, so that is the part kept in view. */
    private static TextField endShown(TextField f) {
        f.textProperty().addListener((o, a, b) -> {
            if (!f.isFocused()) {
                f.end();
            }
        });
        return f;
    }

    /** An indeterminate bar and what is happening: for work that reports no stages (reading a file to check it). */
    static Node progress(BooleanExpression busy, String id, String label) {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setMaxWidth(Double.MAX_VALUE);
        Label l = new Label(label);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(6, bar, l);
        box.setId(id);
        box.visibleProperty().bind(busy);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A bar that fills as the service reports, the stage it is in, and what not to do meanwhile. */
    static Node progress(BooleanExpression busy, String id, javafx.beans.property.DoubleProperty done,
                         javafx.beans.property.StringProperty stage, String warning) {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(done);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId(id + "-bar");
        Label now = new Label();
        now.setId(id + "-stage");
        now.textProperty().bind(stage);
        Label l = new Label(warning);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(6, bar, now, l);
        box.setId(id);
        box.visibleProperty().bind(busy);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    static VBox card(Node... children) {
        VBox v = new VBox(12, children);
        v.getStyleClass().add("card-pane");
        return v;
    }

    public Node root() {
        return root;
    }
}
