package vn.sotruong.desktop.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small modal window for a form. A plain owned stage rather than {@link javafx.scene.control.Dialog}
 * because the forms bring their own default (Enter) and cancel (Escape) buttons and close themselves
 * only when the service accepted the input.
 */
public final class Modal {
    public static final String STYLESHEET = "/vn/sotruong/desktop/css/app.css";

    private Modal() {
    }

    public static Stage open(Window owner, String title, Parent content) {
        Stage s = new Stage();
        s.initOwner(owner);
        s.initModality(Modality.WINDOW_MODAL);
        s.setTitle(title);
        Scene scene = new Scene(content);
        styled(scene);
        s.setScene(scene);
        s.setResizable(false);
        s.show();
        return s;
    }

    public static Scene styled(Scene scene) {
        scene.getStylesheets().add(Modal.class.getResource(STYLESHEET).toExternalForm());
        return scene;
    }
}
