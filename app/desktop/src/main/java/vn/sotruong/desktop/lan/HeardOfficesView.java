package vn.sotruong.desktop.lan;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.server.client.HeardOffice;

/** The short list of office PCs heard on the LAN, above the address field of the pairing screen. */
public final class HeardOfficesView {
    private HeardOfficesView() {
    }

    public static Node of(HeardOfficesViewModel vm) {
        ListView<HeardOffice> list = new ListView<>(vm.offices());
        list.setId("pairing-heard");
        list.setPrefHeight(76);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(HeardOffice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.label(item));
                // a long school name wraps instead of scrolling sideways
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.pick(now));
        list.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.offices()));
        list.managedProperty().bind(list.visibleProperty());
        Label note = Fx.note("");
        note.setId("pairing-heard-note");
        note.textProperty().bind(vm.noteProperty());
        return new VBox(6, note, list);
    }
}
