package vn.sotruong.desktop.common;

import atlantafx.base.theme.Styles;
import java.util.function.BooleanSupplier;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sotruong.desktop.i18n.UiText;

/**
 * The content of a small modal form: title, fields, the refusal line, Lưu (Enter) and Hủy (Escape).
 * The form closes itself only when {@code save} reports that the service accepted the input.
 */
public final class FormDialog {
    private FormDialog() {
    }

    /**
     * @param beforeSave commits what a field holds but has not yet passed on (a typed date)
     */
    public static VBox content(UiText text, String title, Node fields, StringProperty error, String idPrefix,
                               Runnable beforeSave, BooleanSupplier save, Runnable close) {
        Button ok = new Button(text.t("action.save"));
        ok.setId(idPrefix + "-save");
        ok.setDefaultButton(true);
        ok.getStyleClass().add(Styles.ACCENT);
        ok.setOnAction(e -> {
            beforeSave.run();
            if (save.getAsBoolean()) {
                close.run();
            }
        });
        Button cancel = new Button(text.t("action.cancel"));
        cancel.setId(idPrefix + "-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        javafx.scene.control.Label errorLine = Fx.errorLabel(error, idPrefix + "-error");
        // a long refusal wraps onto more lines, and the window grows to show it whole
        errorLine.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox root = new VBox(14, Fx.title(title), fields, errorLine, Fx.buttons(ok, cancel));
        error.addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (root.getScene() != null && root.getScene().getWindow() instanceof Stage s) {
                s.sizeToScene();
            }
        }));
        root.setPrefWidth(520);
        root.getStyleClass().add("dialog-pane-content");
        return root;
    }

    /** Opens {@code content} built with a close action that closes its own window. */
    public static Stage open(Window owner, String windowTitle, java.util.function.Function<Runnable, javafx.scene.Parent> content) {
        Stage[] stage = new Stage[1];
        stage[0] = Modal.open(owner, windowTitle, content.apply(() -> stage[0].close()));
        return stage[0];
    }
}
