package vn.sotruong.desktop.registers;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.core.registers.PaperJob;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/** "In ra máy in…": the printer, "In hai mặt" and the copies for the chosen book, then "In" or "Hủy". */
final class PaperPrintPane {
    private PaperPrintPane() {
    }

    static Node of(PaperPrintViewModel vm, UiText text) {
        Label what = new Label();
        what.setId("registers-paper-what");
        what.setWrapText(true);
        what.textProperty().bind(vm.whatProperty());
        ComboBox<String> printer = Fx.comboBox("registers-printer", s -> s);
        printer.setItems(vm.printers());
        printer.valueProperty().bindBidirectional(vm.printerProperty());
        Label printerLabel = new Label(text.t("registers.paper.printer"));
        printerLabel.setLabelFor(printer);
        printerLabel.setMnemonicParsing(true);
        CheckBox duplex = new CheckBox(text.t("registers.paper.duplex"));
        duplex.setId("registers-duplex");
        duplex.selectedProperty().bindBidirectional(vm.duplexProperty());
        Spinner<Integer> copies = new Spinner<>(1, PaperJob.MAX_COPIES, 1);
        copies.setId("registers-copies");
        copies.setEditable(true);
        copies.setPrefWidth(80);
        copies.getValueFactory().valueProperty().bindBidirectional(vm.copiesProperty());
        Label copiesLabel = new Label(text.t("registers.paper.copies"));
        copiesLabel.setLabelFor(copies);
        copiesLabel.setMnemonicParsing(true);
        Button confirm = Fx.button("registers-paper-confirm", text.t("registers.paper.confirm"), Material2OutlinedMZ.PRINT);
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(vm.busyProperty().or(vm.printerProperty().isNull()));
        confirm.setOnAction(e -> vm.print());
        Button cancel = Fx.button("registers-paper-cancel", text.t("registers.paper.cancel"), Material2OutlinedAL.CLOSE);
        cancel.disableProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancel());
        VBox pane = new VBox(6, what, Fx.buttons(printerLabel, printer, duplex, copiesLabel, copies, confirm, cancel));
        pane.setId("registers-paper-pane");
        pane.setStyle("-fx-padding: 8; -fx-border-color: -color-accent-emphasis; -fx-border-radius: 4;");
        pane.visibleProperty().bind(vm.fileProperty().isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }
}
