package vn.sotruong.desktop.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.sotruong.desktop.i18n.UiText;

/** An honest page for work that is planned but not built yet: says so, promises nothing else. */
public final class PlaceholderPage {
    private PlaceholderPage() {
    }

    public static Node of(UiText text, String title, Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon-64"); // sized in app.css: the theme overrides setIconSize
        icon.getStyleClass().add("placeholder-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_2);
        Label note = new Label(text.t("placeholder.later"));
        note.setId("placeholder-note");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);
        VBox box = new VBox(16, icon, heading, note);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(560);
        VBox outer = new VBox(box);
        outer.setAlignment(Pos.CENTER);
        outer.setId("placeholder-page");
        return outer;
    }
}
