package vn.sotruong.desktop.corrections;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.corrections.CorrectionsViewModel.EvidenceRow;
import vn.sotruong.desktop.corrections.CorrectionsViewModel.Filter;
import vn.sotruong.desktop.corrections.CorrectionsViewModel.ItemRow;
import vn.sotruong.desktop.corrections.CorrectionsViewModel.MinuteRow;
import vn.sotruong.desktop.corrections.CorrectionsViewModel.SignatureRow;
import vn.sotruong.desktop.common.FormDialog;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Biên bản sửa chữa điểm: the minutes (status filter, deadline), and for the chosen one its cells (old → new), its
 * evidence, its signatures and steps, with the actions its reader may take now (Ký, Lưu trữ, Mở PDF included).
 */
public final class CorrectionsView {
    private final VBox root;

    public CorrectionsView(CorrectionsViewModel vm, UiText text) {
        ComboBox<Filter> filter = Fx.comboBox("corrections-filter", Filter::label);
        filter.getItems().setAll(vm.filters());
        filter.valueProperty().bindBidirectional(vm.filterProperty());
        Button refresh = Fx.button("corrections-refresh", text.t("action.refresh"), Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> vm.reload());
        Label filterLabel = new Label(text.t("minutes.filter"));
        HBox bar = Fx.buttons(filterLabel, filter, refresh);

        TableView<MinuteRow> list = Fx.table("corrections-table", text.t("minutes.none"));
        list.getColumns().add(Fx.column(text.t("minutes.col.number"), 50, MinuteRow::number));
        list.getColumns().add(Fx.column(text.t("minutes.col.class"), 55, MinuteRow::className));
        list.getColumns().add(Fx.column(text.t("minutes.col.status"), 95, MinuteRow::status));
        list.getColumns().add(Fx.column(text.t("minutes.col.draftedBy"), 90, MinuteRow::draftedBy));
        list.getColumns().add(Fx.column(text.t("minutes.col.draftedAt"), 140, MinuteRow::draftedAt));
        list.getColumns().add(Fx.column(text.t("minutes.col.cells"), 50, MinuteRow::cells));
        list.getColumns().add(Fx.column(text.t("minutes.col.deadline"), 95, MinuteRow::deadline));
        list.getColumns().add(Fx.column(text.t("minutes.col.reason"), 260, MinuteRow::reason));
        list.setItems(vm.minutes());
        list.setPrefHeight(190);
        list.setMinHeight(110);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> vm.selectedProperty().set(r));
        vm.selectedProperty().addListener((o, a, r) -> {
            if (r != null && list.getSelectionModel().getSelectedItem() != r) {
                list.getSelectionModel().select(r);
            }
        });

        TableView<ItemRow> items = Fx.table("correction-items", text.t("minutes.choose"));
        items.getColumns().add(Fx.column(text.t("minutes.item.pupil"), 160, ItemRow::pupil));
        items.getColumns().add(Fx.column(text.t("minutes.item.sheet"), 90, ItemRow::sheet));
        items.getColumns().add(Fx.column(text.t("minutes.item.column"), 90, ItemRow::column));
        items.getColumns().add(Fx.column(text.t("minutes.item.old"), 70, ItemRow::oldValue));
        items.getColumns().add(Fx.column(text.t("minutes.item.new"), 70, ItemRow::newValue));
        items.setItems(vm.items());
        items.setPrefHeight(120);
        TableView<EvidenceRow> evidence = Fx.table("correction-evidence", text.t("minutes.evidence.none"));
        evidence.getColumns().add(Fx.column(text.t("minutes.evidence.name"), 170, EvidenceRow::name));
        evidence.getColumns().add(Fx.column(text.t("minutes.evidence.type"), 100, EvidenceRow::type));
        evidence.getColumns().add(Fx.column(text.t("minutes.evidence.size"), 60, EvidenceRow::size));
        evidence.getColumns().add(Fx.column(text.t("minutes.evidence.hash"), 150, EvidenceRow::hash));
        evidence.setItems(vm.evidence());
        evidence.setPrefHeight(110);
        Button openEvidence = Fx.button("correction-open-evidence", text.t("sign.openEvidence"),
                Material2OutlinedMZ.OPEN_IN_NEW);
        openEvidence.disableProperty().bind(evidence.getSelectionModel().selectedItemProperty().isNull());
        openEvidence.setOnAction(e -> vm.signing().openEvidence(evidence.getSelectionModel().getSelectedItem()));
        openEvidence.getStyleClass().add(Styles.SMALL);
        HBox evidenceHead = Fx.buttons(Fx.section(text.t("minutes.evidence")), openEvidence);
        evidenceHead.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox cells = new VBox(8, Fx.section(text.t("minutes.items")), items, evidenceHead, evidence);
        HBox.setHgrow(cells, Priority.ALWAYS);

        Label steps = new Label();
        steps.setId("correction-steps");
        steps.textProperty().bind(vm.stepsProperty());
        steps.setWrapText(true);
        steps.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox side = new VBox(10, Fx.section(text.t("minutes.steps")), steps, actions(vm, text),
                signing(vm.signing(), text), Fx.section(text.t("sign.signatures")), signatures(vm.signing(), text));
        side.setPrefWidth(440);
        side.setMinWidth(380);
        HBox detail = new HBox(18, cells, side);
        VBox.setVgrow(detail, Priority.ALWAYS);

        root = Fx.page(Fx.title(vm.title()), bar, Fx.note(text.t("minutes.note")),
                Fx.errorLabel(vm.errorProperty(), "corrections-error"), Fx.infoLabel(vm.infoProperty(), "corrections-info"),
                list, detail);
        root.setId("corrections-page");
        // the file chooser is a native window no test can drive: tests attach files through the view model
        root.setUserData(vm);
    }

    private static Node actions(CorrectionsViewModel vm, UiText text) {
        Button add = Fx.button("correction-add-evidence", text.t("minutes.action.evidence"), Material2OutlinedAL.ATTACH_FILE);
        add.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.setTitle(text.t("minutes.action.evidence"));
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.t("minutes.evidence.filter"),
                    "*.jpg", "*.jpeg", "*.png", "*.pdf", "*.JPG", "*.JPEG", "*.PNG", "*.PDF"));
            File f = c.showOpenDialog(add.getScene().getWindow());
            if (f != null) {
                vm.addEvidence(f.toPath());
            }
        });
        Button submit = Fx.button("correction-submit", text.t("minutes.action.submit"), Material2OutlinedMZ.SEND);
        submit.setOnAction(e -> vm.submit());
        shownWhen(vm.mayAddEvidenceProperty(), add);
        shownWhen(vm.maySubmitProperty(), submit);

        TextField note = Fx.textField("correction-note", vm.noteProperty());
        note.setPromptText(text.t("minutes.note.prompt"));
        Button approve = Fx.button("correction-approve", text.t("minutes.action.approve"), Material2OutlinedAL.CHECK_CIRCLE);
        approve.getStyleClass().add(Styles.SUCCESS);
        approve.setOnAction(e -> vm.approve());
        Button reject = Fx.button("correction-reject", text.t("minutes.action.reject"), Material2OutlinedAL.BLOCK);
        reject.getStyleClass().add(Styles.DANGER);
        reject.setOnAction(e -> vm.reject());
        VBox decide = new VBox(8, new Label(text.t("minutes.note.label")), note, Fx.buttons(approve, reject));
        shownWhen(vm.mayDecideProperty(), decide);

        Button apply = Fx.button("correction-apply", text.t("minutes.action.apply"), Material2OutlinedMZ.PUBLISHED_WITH_CHANGES);
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(e -> vm.apply());
        shownWhen(vm.mayApplyProperty(), apply);
        return new VBox(10, Fx.buttons(add, submit), decide, apply);
    }

    /** Who signed which block, and whether the PDF is the one they signed. */
    private static Node signatures(MinuteSigningViewModel vm, UiText text) {
        TableView<SignatureRow> table = Fx.table("correction-signatures", text.t("sign.none"));
        table.getColumns().add(Fx.column(text.t("sign.col.role"), 115, SignatureRow::role));
        table.getColumns().add(Fx.column(text.t("sign.col.who"), 150, SignatureRow::who));
        table.getColumns().add(Fx.column(text.t("sign.col.at"), 150, SignatureRow::at));
        table.setItems(vm.signatures());
        // three signatures at most: compact rows keep the whole page on a 1366×768 screen
        table.setFixedCellSize(28);
        table.setPrefHeight(36 + 3 * 28 + 4);
        table.setMinHeight(36 + 3 * 28 + 4);
        Label state = new Label();
        state.setId("correction-pdf-state");
        state.setWrapText(true);
        state.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        state.textProperty().bind(vm.pdfStateProperty());
        state.graphicProperty().bind(javafx.beans.binding.Bindings.when(vm.pdfIntactProperty())
                .<Node>then(Fx.icon(Material2OutlinedMZ.VERIFIED_USER)).otherwise(Fx.icon(Material2OutlinedMZ.REPORT_PROBLEM)));
        vm.pdfIntactProperty().addListener((o, a, ok) -> {
            state.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            state.getStyleClass().add(ok ? Styles.SUCCESS : Styles.DANGER);
        });
        state.getStyleClass().add(Styles.SUCCESS);
        return new VBox(6, state, table);
    }

    /** Ký (the form), Lưu trữ, Mở PDF, by status and role. */
    private static Node signing(MinuteSigningViewModel vm, UiText text) {
        Button sign = Fx.button("correction-sign", text.t("sign.action"), Material2OutlinedAL.BORDER_COLOR);
        sign.getStyleClass().add(Styles.ACCENT);
        sign.setOnAction(e -> {
            SignFormViewModel form = vm.signForm();
            if (form != null) {
                FormDialog.open(sign.getScene().getWindow(), text.t("sign.window"),
                        close -> SignFormView.create(form, text, () -> vm.sign(form), close));
            }
        });
        shownWhen(vm.maySignProperty(), sign);
        Button archive = Fx.button("correction-archive", text.t("sign.archive"), Material2OutlinedAL.ARCHIVE);
        archive.setOnAction(e -> vm.archive());
        shownWhen(vm.mayArchiveProperty(), archive);
        Button open = Fx.button("correction-open-pdf", text.t("sign.openPdf"), Material2OutlinedMZ.PICTURE_AS_PDF);
        open.setOnAction(e -> vm.openPdf());
        shownWhen(vm.mayOpenPdfProperty(), open);
        return Fx.buttons(sign, archive, open);
    }

    private static void shownWhen(javafx.beans.property.BooleanProperty p, Node n) {
        n.visibleProperty().bind(p);
        n.managedProperty().bind(p);
    }

    public Node root() {
        return root;
    }
}
