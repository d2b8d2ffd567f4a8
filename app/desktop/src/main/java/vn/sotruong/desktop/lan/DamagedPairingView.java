package vn.sotruong.desktop.lan;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Tệp ghép nối bị hỏng: this computer's {@code office.properties} cannot be read, so the app says so (which file, that
 * nothing was changed) and offers "Ghép nối lại" instead of stopping at start-up. The old file stays until a new
 * pairing replaces it.
 */
public final class DamagedPairingView {
    private final StackPane root = new StackPane();

    public DamagedPairingView(UiText text, java.nio.file.Path file, Runnable pairAgain) {
        FontIcon icon = new FontIcon(Material2AL.ERROR_OUTLINE);
        icon.getStyleClass().add("icon-40");
        Label title = new Label(text.t("ws.damaged.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        HBox heading = new HBox(12, icon, title);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label body = new Label(text.t("ws.damaged.body", file.toString()));
        body.setId("ws-damaged-message");
        body.setWrapText(true);
        Button again = new Button(text.t("ws.damaged.pairAgain"));
        again.setId("ws-damaged-pair");
        again.getStyleClass().add(Styles.ACCENT);
        again.setDefaultButton(true);
        again.setOnAction(e -> pairAgain.run());
        Fx.centredCard(root, "ws-damaged", 520, heading, body, new VBox(again));
    }

    public Parent root() {
        return root;
    }
}
