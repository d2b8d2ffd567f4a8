package vn.sotruong.desktop.registers;

import java.io.File;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Sổ theo dõi in below the In sổ form: the year's prints with each one's standing, "Chỉ sổ lỗi thời", "In lại",
 * "Xem trước" and "In ra máy in…" on a row, and the principal's "Ký số…" with the key password asked under it.
 */
final class LedgerPane {
    private final RegistersViewModel vm;
    private final LedgerViewModel ledger;
    private final PaperPrintViewModel paper;
    private final UiText text;
    private final Consumer<PrintedFile> openPreview;
    private final Runnable choose;
    private final VBox root;

    LedgerPane(RegistersViewModel vm, PaperPrintViewModel paper, UiText text, Consumer<PrintedFile> openPreview,
               Runnable choose) {
        this.vm = vm;
        this.ledger = vm.ledger();
        this.paper = paper;
        this.text = text;
        this.openPreview = openPreview;
        this.choose = choose;
        this.root = ledger();
    }

    private VBox ledger() {
        TableView<LedgerRow> table = Fx.table("registers-ledger", text.t("registers.ledger.empty"));
        table.setItems(ledger.rows());
        table.getColumns().add(Fx.column(text.t("registers.col.id"), 45, r -> String.valueOf(r.id())));
        table.getColumns().add(Fx.column(text.t("registers.col.book"), 160, LedgerRow::book));
        table.getColumns().add(Fx.column(text.t("registers.col.scope"), 80, LedgerRow::scope));
        table.getColumns().add(Fx.column(text.t("registers.col.period"), 110, r -> r.period() + " · " + r.paper()));
        table.getColumns().add(Fx.column(text.t("registers.col.by"), 85, LedgerRow::printedBy));
        table.getColumns().add(Fx.column(text.t("registers.col.at"), 145, LedgerRow::printedAt));
        table.getColumns().add(Fx.column(text.t("registers.col.pages"), 62, r -> String.valueOf(r.pages())));
        table.getColumns().add(Fx.column(text.t("registers.col.fingerprint"), 125, LedgerRow::fingerprint));
        TableColumn<LedgerRow, String> status = Fx.column(text.t("registers.col.status"), 115, LedgerRow::status);
        status.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                LedgerRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
                // the theme's colours: red for out of date, green for still right
                setStyle(r == null ? "" : r.outOfDate() ? "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;"
                        : "-fx-text-fill: -color-success-fg;");
            }
        });
        table.getColumns().add(status);
        TableColumn<LedgerRow, String> reason = Fx.column(text.t("registers.col.reason"), 200, LedgerRow::reason);
        reason.setMinWidth(120);
        table.getColumns().add(reason);
        table.getColumns().forEach(c -> {
            if (c != reason) {
                c.setMinWidth(c.getPrefWidth());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinHeight(160);

        CheckBox only = new CheckBox(text.t("registers.onlyOutOfDate"));
        only.setId("registers-only-out-of-date");
        only.selectedProperty().bindBidirectional(ledger.onlyOutOfDateProperty());
        Button reprint = Fx.button("registers-reprint", text.t("registers.reprint"), Material2OutlinedMZ.REFRESH);
        reprint.disableProperty().bind(vm.status().busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            LedgerRow r = table.getSelectionModel().getSelectedItem();
            return r == null || !r.outOfDate();
        }, table.getSelectionModel().selectedItemProperty())));
        reprint.setOnAction(e -> {
            LedgerRow r = table.getSelectionModel().getSelectedItem();
            if (r == null) {
                return;
            }
            if (vm.outProperty().get() == null || vm.outProperty().get().isBlank()) {
                choose.run();
            }
            if (vm.outProperty().get() != null && !vm.outProperty().get().isBlank()) {
                vm.outProperty().set(reprintFile(r));
            }
            vm.reprint(r);
        });
        Label note = new Label();
        note.setId("registers-ledger-note");
        note.textProperty().bind(ledger.ledgerNoteProperty());
        Label why = new Label();
        why.setId("registers-reason");
        why.setWrapText(true);
        why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        why.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            LedgerRow r = table.getSelectionModel().getSelectedItem();
            return r == null ? "" : text.t("registers.selected", String.valueOf(r.id()), r.status(), r.reason());
        }, table.getSelectionModel().selectedItemProperty()));
        Label parts = Fx.note("");
        parts.setId("registers-parts");
        parts.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            LedgerRow r = table.getSelectionModel().getSelectedItem();
            return r == null ? "" : text.t("registers.parts", r.parts());
        }, table.getSelectionModel().selectedItemProperty()));
        Button sign = Fx.button("registers-sign", text.t("registers.sign"), Material2OutlinedMZ.VERIFIED_USER);
        sign.setVisible(ledger.canSign());
        sign.setManaged(ledger.canSign());
        sign.disableProperty().bind(vm.status().busyProperty().or(ledger.signingRowProperty().isNotNull())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
                    LedgerRow r = table.getSelectionModel().getSelectedItem();
                    return r == null || r.outOfDate() || r.signed();
                }, table.getSelectionModel().selectedItemProperty())));
        sign.setOnAction(e -> ledger.startSigning(table.getSelectionModel().getSelectedItem()));
        Label signed = Fx.note("");
        signed.setId("registers-signature");
        signed.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            LedgerRow r = table.getSelectionModel().getSelectedItem();
            return r == null ? "" : r.signature();
        }, table.getSelectionModel().selectedItemProperty()));
        signed.visibleProperty().bind(signed.textProperty().isNotEmpty());
        signed.managedProperty().bind(signed.visibleProperty());
        Button look = Fx.button("registers-ledger-preview", text.t("registers.preview"), Material2OutlinedMZ.VISIBILITY);
        Button onPaper = Fx.button("registers-ledger-paper", text.t("registers.paperPrint"), Material2OutlinedMZ.PRINT);
        look.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        onPaper.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(paper.busyProperty()));
        look.setOnAction(e -> fileOf(table.getSelectionModel().getSelectedItem()).ifPresent(openPreview));
        onPaper.setOnAction(e -> fileOf(table.getSelectionModel().getSelectedItem()).ifPresent(paper::start));
        return new VBox(8, Fx.section(text.t("registers.ledger")), Fx.buttons(only, Fx.grow(), note, look, onPaper,
                sign, reprint),
                table, signingPane(), why, signed, parts);
    }

    /** "Ký số…": the key password asked under the ledger for the chosen print, then "Ký" or "Hủy". */
    private Node signingPane() {
        Label what = new Label();
        what.setId("registers-sign-what");
        what.setWrapText(true);
        what.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            LedgerRow r = ledger.signingRowProperty().get();
            return r == null ? "" : text.t("registers.sign.what", String.valueOf(r.id()), r.book(), r.scope(),
                    r.period());
        }, ledger.signingRowProperty()));
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.setId("registers-key-password");
        password.setPromptText(text.t("registers.sign.password"));
        password.setPrefColumnCount(18);
        Button confirm = Fx.button("registers-sign-confirm", text.t("registers.sign.confirm"),
                Material2OutlinedMZ.VERIFIED_USER);
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(vm.status().busyProperty());
        Button cancel = Fx.button("registers-sign-cancel", text.t("registers.sign.cancel"), Material2OutlinedAL.CLOSE);
        confirm.setOnAction(e -> {
            ledger.sign(password.getText().toCharArray());
            password.clear();
        });
        cancel.setOnAction(e -> {
            password.clear();
            ledger.cancelSigning();
        });
        Label label = new Label(text.t("registers.sign.password"));
        label.setLabelFor(password);
        VBox pane = new VBox(6, what, Fx.buttons(label, password, confirm, cancel));
        pane.setId("registers-sign-pane");
        pane.setStyle("-fx-padding: 8; -fx-border-color: -color-accent-emphasis; -fx-border-radius: 4;");
        pane.visibleProperty().bind(ledger.signingRowProperty().isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    /** The reprint goes beside the file named in the form, under the book's own name. */
    private String reprintFile(LedgerRow r) {
        String current = vm.outProperty().get() == null ? "" : vm.outProperty().get().strip();
        File folder = current.isEmpty() ? null : new File(current).getAbsoluteFile().getParentFile();
        String name = RegistersViewModel.fileName(r.request()).replace(".pdf", "-in-lai-so-" + r.id() + ".pdf");
        return folder == null ? name : new File(folder, name).getPath();
    }


    /** The file of a ledger row: the one printed in this session, or the one the clerk points to. */
    private java.util.Optional<PrintedFile> fileOf(LedgerRow r) {
        if (r == null) {
            return java.util.Optional.empty();
        }
        return ledger.fileOf(r).or(() -> {
            FileChooser c = new FileChooser();
            c.setTitle(text.t("registers.paper.chooseFile", String.valueOf(r.id())));
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.t("registers.browse.filter"), "*.pdf"));
            File picked = c.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
            return java.util.Optional.ofNullable(picked).map(f -> ledger.printedFile(r, f.toPath()));
        });
    }

    Node root() {
        return root;
    }
}
