package vn.sotruong.desktop.backup;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.common.Fx;

/** A warning box with one line per due reminder; hidden when there is none. */
public final class ReminderBanner {
    private ReminderBanner() {
    }

    public static Node of(String id, String title, List<String> lines, Node... actions) {
        Label heading = new Label(title, Fx.icon(Material2OutlinedMZ.NOTIFICATIONS_ACTIVE));
        heading.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_BOLD);
        VBox box = new VBox(6, heading);
        for (int i = 0; i < lines.size(); i++) {
            Label l = new Label(lines.get(i));
            l.setId(id + "-" + i);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        box.getChildren().addAll(actions);
        box.setId(id);
        box.getStyleClass().add("card-pane");
        box.setStyle("-fx-border-color: -color-warning-emphasis; -fx-border-width: 0 0 0 4;");
        box.setVisible(!lines.isEmpty());
        box.setManaged(!lines.isEmpty());
        return box;
    }
}
