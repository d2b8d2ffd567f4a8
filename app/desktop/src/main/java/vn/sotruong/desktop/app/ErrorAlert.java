package vn.sotruong.desktop.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import vn.sotruong.desktop.i18n.UiText;

/** A translated error box: what went wrong and what to do, never a stack trace. */
public final class ErrorAlert {
    private ErrorAlert() {
    }

    public static void show(Window owner, UiText text, String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message,
                new ButtonType(text.t("action.close"), ButtonBar.ButtonData.OK_DONE));
        if (owner != null && owner.isShowing()) {
            a.initOwner(owner);
        }
        a.setTitle(text.t("app.name"));
        a.setHeaderText(header);
        a.getDialogPane().setMinWidth(480);
        a.showAndWait();
    }
}
