package vn.sotruong.desktop.lan;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.common.Modal;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Còn ô chưa lưu khi rời máy trạm: closing the workstation window or signing out while entries are not confirmed by
 * the office PC asks first, listing them (lớp, sổ, học sinh, cột, giá trị, trạng thái): "Gửi lại" sends them now and
 * leaves only when all are saved, "Bỏ" discards them (logged on this computer), "Ở lại" stays. Never drops an entry
 * without the person's decision.
 */
public final class UnsentOnLeave {
    private final WorkstationGridViewModel vm;
    private final UiText text;
    private final Window owner;
    private Stage open;

    public UnsentOnLeave(WorkstationGridViewModel vm, UiText text, Window owner) {
        this.vm = vm;
        this.text = text;
        this.owner = owner;
    }

    /** Runs {@code then} at once when nothing is unsent; otherwise asks first, and runs it only if the person leaves. */
    public void leave(Runnable then) {
        if (vm.unsent().isEmpty()) {
            then.run();
        } else {
            ask(then);
        }
    }

    public boolean nothingUnsent() {
        return vm.unsent().isEmpty();
    }

    /** The question while it is open, else null (tests). */
    public Stage dialog() {
        return open != null && open.isShowing() ? open : null;
    }

    private void ask(Runnable then) {
        close();
        TableView<UnsentEntry> table = new TableView<>();
        table.setId("unsent-table");
        table.getColumns().setAll(java.util.List.of(
                Fx.column(text.t("ws.unsent.col.class"), 70, e -> e.place().className()),
                Fx.column(text.t("ws.unsent.col.sheet"), 110, e -> e.place().sheet()),
                Fx.column(text.t("ws.unsent.col.pupil"), 170, e -> e.place().pupil()),
                Fx.column(text.t("ws.unsent.col.column"), 100, e -> e.place().column()),
                Fx.column(text.t("ws.unsent.col.value"), 80, e -> e.text().isEmpty() ? text.t("ws.unsent.blank")
                        : e.text()),
                stateColumn()));
        table.getItems().setAll(vm.unsent().all());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(900, 220);
        Label head = new Label(text.t("ws.unsent.header", vm.unsent().all().size()));
        head.setId("unsent-header");
        head.getStyleClass().add(Styles.TITLE_4);
        head.setWrapText(true);
        Label body = new Label(text.t("ws.unsent.body"));
        body.setWrapText(true);
        Button retry = new Button(text.t("ws.unsent.retry"));
        retry.setId("unsent-retry");
        retry.getStyleClass().add(Styles.ACCENT);
        retry.setDefaultButton(true);
        Button discard = new Button(text.t("ws.unsent.discard"));
        discard.setId("unsent-discard");
        discard.getStyleClass().add(Styles.DANGER);
        Button stay = new Button(text.t("ws.unsent.stay"));
        stay.setId("unsent-stay");
        stay.setCancelButton(true);
        HBox buttons = new HBox(10, discard, Fx.grow(), stay, retry);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, head, body, table, buttons);
        root.setPadding(new Insets(20));
        root.setId("unsent-dialog");
        root.setPrefWidth(940);
        retry.setOnAction(e -> {
            retry.setDisable(true);
            vm.unsent().retry(() -> {
                close();
                if (vm.sessionEndedProperty().get() != null) {
                    return; // the sign-in shows again; the cells stay kept for the next sign-in
                }
                if (vm.unsent().isEmpty()) {
                    then.run();
                } else {
                    ask(then); // the list again, each with where it stands now
                }
            });
        });
        discard.setOnAction(e -> {
            close();
            vm.unsent().discard();
            then.run();
        });
        stay.setOnAction(e -> close());
        open = Modal.open(owner, text.t("ws.unsent.title"), root);
    }

    /** Where each entry stands and why, wrapped over several lines when long. */
    private javafx.scene.control.TableColumn<UnsentEntry, String> stateColumn() {
        javafx.scene.control.TableColumn<UnsentEntry, String> c = Fx.column(text.t("ws.unsent.col.state"), 340,
                this::stateText);
        c.setCellFactory(x -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
            }
        });
        return c;
    }

    /** "Chưa lưu: mất kết nối …", "Bị từ chối: …" — the state's word once, then why. */
    String stateText(UnsentEntry e) {
        String state = text.t("ws.unsent.state." + e.state().name());
        return e.note().isEmpty() ? state : e.note().startsWith(state) ? e.note() : state + ": " + e.note();
    }

    private void close() {
        if (open != null) {
            open.close();
            open = null;
        }
    }
}
