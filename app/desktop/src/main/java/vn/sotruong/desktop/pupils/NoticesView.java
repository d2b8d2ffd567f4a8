package vn.sotruong.desktop.pupils;

import java.io.File;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.core.notice.NoticeBatch;
import vn.sotruong.core.notice.NoticePeriod;
import vn.sotruong.core.notice.ParentNotice;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.pupils.NoticesViewModel.HistoryLine;

/** Thông báo phụ huynh: period, preview of each message, "Xuất CSV…" / "In phiếu…", and the history below. */
final class NoticesView {
    private NoticesView() {
    }

    static Node create(NoticesViewModel vm, UiText text, javafx.beans.value.ObservableBooleanValue editable) {
        ComboBox<NoticePeriod.Kind> kind = Fx.comboBox("notices-kind", k -> text.t("notices.kind." + k.name()));
        kind.getItems().setAll(NoticePeriod.Kind.values());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        DatePicker day = PupilFormView.datePicker("notices-day");
        day.valueProperty().bindBidirectional(vm.dayProperty());
        Button preview = Fx.button("notices-preview", text.t("notices.preview"), Material2OutlinedMZ.VISIBILITY);
        preview.setOnAction(e -> vm.runPreview());
        Button csv = Fx.button("notices-csv", text.t("notices.csv"), Material2OutlinedAL.GET_APP);
        csv.setOnAction(e -> save(csv, text, "notices.csv.files", "*.csv", "thong-bao.csv")
                .ifPresent(f -> vm.issue(NoticeBatch.Form.CSV, f.toPath())));
        Button slips = Fx.button("notices-slips", text.t("notices.slips"), Material2OutlinedMZ.PRINT);
        slips.setOnAction(e -> save(slips, text, "notices.slips.files", "*.pdf", "phieu-thong-bao.pdf")
                .ifPresent(f -> vm.issue(NoticeBatch.Form.SLIPS, f.toPath())));
        csv.disableProperty().bind(javafx.beans.binding.Bindings.not(editable));
        slips.disableProperty().bind(javafx.beans.binding.Bindings.not(editable));
        preview.disableProperty().bind(javafx.beans.binding.Bindings.not(editable));

        TableView<ParentNotice> table = Fx.table("notices-table", text.t("notices.empty"));
        table.getColumns().add(Fx.column(text.t("pupils.col.code"), 80, ParentNotice::pupilCode));
        table.getColumns().add(Fx.column(text.t("pupils.col.name"), 160, ParentNotice::pupilName));
        table.getColumns().add(Fx.column(text.t("notices.col.parent"), 150, (ParentNotice n) ->
                n.parent() == null ? "—" : n.parent()));
        table.getColumns().add(Fx.column(text.t("notices.col.phone"), 105, (ParentNotice n) ->
                n.phone() == null ? "—" : n.phone()));
        table.getColumns().add(Fx.column(text.t("notices.col.message"), 560, ParentNotice::message));
        table.setItems(vm.preview());
        VBox.setVgrow(table, Priority.ALWAYS);

        TableView<HistoryLine> history = Fx.table("notices-history", text.t("notices.history.empty"));
        history.getColumns().add(Fx.column(text.t("notices.col.issuedAt"), 130, HistoryLine::issuedAt));
        history.getColumns().add(Fx.column(text.t("notices.col.class"), 60, HistoryLine::className));
        history.getColumns().add(Fx.column(text.t("notices.col.period"), 220, HistoryLine::period));
        history.getColumns().add(Fx.column(text.t("notices.col.form"), 110, HistoryLine::form));
        history.getColumns().add(Fx.column(text.t("notices.col.count"), 70, HistoryLine::count));
        history.getColumns().add(Fx.column(text.t("notices.col.issuedBy"), 130, HistoryLine::issuedBy));
        history.setItems(vm.history());
        history.setPrefHeight(170);
        history.setMinHeight(120);

        Label kindLabel = new Label(text.t("notices.kind"));
        VBox box = new VBox(8, Fx.note(text.t("notices.note")), Fx.buttons(kindLabel, kind, day, preview, Fx.grow(), csv,
                slips), Fx.errorLabel(vm.errorProperty(), "notices-error"), Fx.infoLabel(vm.infoProperty(),
                "notices-info"), table, Fx.section(text.t("notices.history")), history);
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        box.setId("notices-content");
        box.setUserData(vm);
        return box;
    }

    private static Optional<File> save(Node owner, UiText text, String filesKey, String pattern, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.t(filesKey), pattern));
        return Optional.ofNullable(chooser.showSaveDialog(owner.getScene().getWindow()));
    }
}
