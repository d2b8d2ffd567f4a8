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
    private final WorkstationAttendance attendance;

    /**
     * @param attendance the Điểm danh page, or null where the LAN does not offer it
     * @param officeOnly the label keys of the pages that open only on the office PC (listed greyed)
     */
    public ConnectedWindow(LoginAnswer person, String office, WorkstationGridView grid, WorkstationAttendance attendance,
                           java.util.List<String> officeOnly, UiText text, Runnable signOut) {
        this.grid = grid;
        this.attendance = attendance;
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
        Button gradebook = page("ws-nav-gradebook", text.t("nav.gradebook"));
        nav.getChildren().add(gradebook);
        Button register = page("ws-nav-attendance", text.t("nav.attendance"));
        if (attendance != null) {
            nav.getChildren().add(register);
            register.setOnAction(e -> {
                grid.stop();
                attendance.start();
                root.setCenter(attendance.root());
                chosen(register, gradebook);
            });
        }
        gradebook.setOnAction(e -> {
            if (attendance != null) {
                attendance.stop();
            }
            root.setCenter(grid.root());
            grid.start();
            chosen(gradebook, register);
        });
        chosen(gradebook, register);
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

    private static Button page(String id, String label) {
        Button b = new Button(label);
        b.setId(id);
        b.getStyleClass().add(Styles.FLAT);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    /** Marks the page shown in the list. */
    private static void chosen(Button on, Button off) {
        on.getStyleClass().removeAll(Styles.TEXT_BOLD, Styles.ACCENT);
        on.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.ACCENT);
        off.getStyleClass().removeAll(Styles.TEXT_BOLD, Styles.ACCENT);
    }

    /** Stops asking the office PC for changes (signing out, closing). */
    public void detach() {
        grid.stop();
        if (attendance != null) {
            attendance.stop();
        }
    }

    /** The Điểm danh page, or null (tests). */
    public WorkstationAttendance attendance() {
        return attendance;
    }

    public Parent root() {
        return root;
    }
}
