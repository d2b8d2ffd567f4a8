package vn.sotruong.desktop.signing;

import java.io.File;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/** Tệp khóa .p12: a path field with "Chọn…", which opens the system's file chooser for .p12 / .pfx files. */
public final class KeyFileField {
    private KeyFileField() {
    }

    /** The field (id {@code id}) and its button (id {@code id-browse}), bound to {@code path}. */
    public static HBox of(String id, StringProperty path, UiText text) {
        TextField file = Fx.textField(id, path);
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button(text.t("sign.browse"));
        browse.setId(id + "-browse");
        browse.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.t("sign.p12Filter"), "*.p12", "*.pfx",
                    "*.P12", "*.PFX"));
            File f = c.showOpenDialog(browse.getScene().getWindow());
            if (f != null) {
                path.set(f.getAbsolutePath());
            }
        });
        return new HBox(6, file, browse);
    }
}
