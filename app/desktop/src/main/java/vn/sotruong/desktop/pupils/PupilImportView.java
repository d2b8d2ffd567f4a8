package vn.sotruong.desktop.pupils;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.pupils.PupilImportViewModel.IssueRow;

/** The import window: choose a file, Nhập, then either "Đã nhập N học sinh" or the report table. */
public final class PupilImportView {
    private PupilImportView() {
    }

    public static Parent create(PupilImportViewModel vm, UiText text, Runnable close) {
        Label file = new Label();
        file.setId("import-file");
        file.textProperty().bind(vm.fileProperty().map(p -> p.getFileName().toString())
                .orElse(text.t("pupils.import.noneChosen")));
        file.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = Fx.button("import-choose", text.t("pupils.import.choose"), Material2OutlinedAL.FOLDER_OPEN);
        choose.setOnAction(e -> {
            File f = chooser(text).showOpenDialog(choose.getScene().getWindow());
            if (f != null) {
                vm.fileProperty().set(f.toPath());
            }
        });
        Button template = Fx.button("import-template", text.t("pupils.import.template"), Material2OutlinedAL.GET_APP);
        template.setOnAction(e -> {
            FileChooser c = chooser(text);
            c.setInitialFileName("mau-danh-sach-hoc-sinh.xlsx");
            File f = c.showSaveDialog(template.getScene().getWindow());
            if (f != null) {
                vm.saveTemplate(f.toPath());
            }
        });
        Button run = Fx.button("import-run", text.t("pupils.import.run"), Material2OutlinedAL.FILE_UPLOAD);
        run.getStyleClass().add(Styles.ACCENT);
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.fileProperty().isNull().or(vm.busyProperty()));
        run.setOnAction(e -> vm.run());
        Button done = new Button(text.t("action.close"));
        done.setId("import-close");
        done.setCancelButton(true);
        done.setOnAction(e -> close.run());

        TableView<IssueRow> report = Fx.table("import-report", text.t("pupils.import.noIssues"));
        report.getColumns().add(Fx.column(text.t("pupils.import.col.kind"), 60, IssueRow::severity));
        report.getColumns().add(Fx.column(text.t("pupils.import.col.sheet"), 105, IssueRow::sheet));
        report.getColumns().add(Fx.column(text.t("pupils.import.col.row"), 65, IssueRow::row));
        report.getColumns().add(Fx.column(text.t("pupils.import.col.column"), 150, IssueRow::column));
        report.getColumns().add(Fx.column(text.t("pupils.import.col.reason"), 380, IssueRow::reason));
        report.setItems(vm.issues());
        report.setPrefHeight(300);

        VBox root = new VBox(12, Fx.title(vm.title()), Fx.note(text.t("pupils.import.note")),
                Fx.buttons(choose, file), Fx.buttons(run, template, Fx.grow(), done),
                Fx.errorLabel(vm.errorProperty(), "import-error"), Fx.infoLabel(vm.infoProperty(), "import-info"),
                report);
        VBox.setVgrow(report, Priority.ALWAYS);
        root.setPrefWidth(820);
        root.getStyleClass().add("dialog-pane-content");
        root.setId("import-dialog");
        // the file chooser is a native window no test can drive: tests set the file through the view model
        root.setUserData(vm);
        return root;
    }

    private static FileChooser chooser(UiText text) {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.t("pupils.import.filter"), "*.xlsx"));
        return c;
    }
}
