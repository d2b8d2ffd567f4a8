package vn.sotruong.desktop.registers;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/** Trang chủ: the tile "N sổ đã in cần in lại" with the way to the In sổ page; hidden while there is none. */
public final class ReprintTile {
    private ReprintTile() {
    }

    public static Node of(ReprintTileViewModel vm, UiText text, Runnable openRegisters) {
        Label title = new Label();
        title.setId("home-reprint-count");
        title.textProperty().bind(vm.countProperty().asString().map(n -> text.t("registers.home.count", Integer.parseInt(n))));
        title.getStyleClass().addAll(Styles.TITLE_4, Styles.WARNING);
        title.setGraphic(Fx.icon(Material2OutlinedMZ.PRINT));
        Label why = Fx.note(text.t("registers.home.why"));
        Button go = Fx.button("home-reprint-open", text.t("registers.home.open"), Material2OutlinedMZ.PRINT);
        go.setOnAction(e -> openRegisters.run());
        VBox tile = new VBox(8, title, why, Fx.buttons(go));
        tile.setId("home-reprint");
        tile.getStyleClass().add("card-pane");
        tile.setPadding(new Insets(16));
        tile.setMaxWidth(936); // two home cards wide
        tile.visibleProperty().bind(vm.countProperty().greaterThan(0));
        tile.managedProperty().bind(tile.visibleProperty());
        return tile;
    }
}
