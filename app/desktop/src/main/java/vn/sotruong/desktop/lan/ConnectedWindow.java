package vn.sotruong.desktop.lan;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.server.wire.Wire.LoginAnswer;

/**
 * Máy trạm — cửa sổ chính: a workstation works on the office PC's data over the LAN, so it says so at the top (the
 * office PC's address, who is signed in) and offers what the LAN serves — Sổ điểm; the other pages are listed as
 * "chỉ trên máy văn phòng".
 */
public final class ConnectedWindow {
    private final BorderPane root = new BorderPane();
    private final WorkstationGridView grid;

    /** @param officeOnly the label keys of the pages that open only on the office PC (listed greyed) */
    public ConnectedWindow(LoginAnswer person, String office, WorkstationGridView grid, java.util.List<String> officeOnly,
                           UiText text, Runnable signOut) {
        this.grid = grid;
        Label where = new Label(text.t("ws.bar.office", office));
        where.setId("ws-office");
        where.setGraphic(Fx.icon(Material2AL.COMPUTER));
        where.getStyleClass().add(Styles.TEXT_BOLD);
        Label who = new Label(text.t("ws.bar.person", person.fullName(), person.login()));
        who.setId("ws-person");
        Button out = new Button(text.t("menu.signOut"));
        out.setId("ws-sign-out");
        out.setOnAction(e -> signOut.run());
        HBox bar = new HBox(16, where, Fx.grow(), who, out);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("ws-office-bar");
        root.setTop(bar);

        VBox nav = new VBox(6);
        nav.setId("ws-nav");
        nav.setPadding(new Insets(14));
        nav.setPrefWidth(230);
        Label gradebook = new Label(text.t("nav.gradebook"));
        gradebook.setId("ws-nav-gradebook");
        gradebook.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.ACCENT);
        nav.getChildren().add(gradebook);
        Label only = new Label(text.t("ws.nav.officeOnly"));
        only.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        only.setWrapText(true);
        only.setPadding(new Insets(10, 0, 0, 0));
        nav.getChildren().add(only);
        officeOnly.forEach(key -> {
                    Label l = new Label(text.t(key));
                    l.getStyleClass().add(Styles.TEXT_MUTED);
                    l.setDisable(true);
                    nav.getChildren().add(l);
                });
        root.setLeft(nav);
        root.setCenter(grid.root());
        root.setId("ws-window");
        grid.start();
    }

    /** Stops asking the office PC for changes (signing out, closing). */
    public void detach() {
        grid.stop();
    }

    public Parent root() {
        return root;
    }
}
