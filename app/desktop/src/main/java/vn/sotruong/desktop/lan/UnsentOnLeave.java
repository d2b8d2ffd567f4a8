package vn.sotruong.desktop.lan;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.BooleanSupplier;
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
import vn.sotruong.desktop.common.UnsentSource;
import vn.sotruong.desktop.common.UnsentSource.Row;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Còn ô chưa lưu khi rời máy trạm: closing the workstation window or signing out while cells of any page (Sổ điểm,
 * Điểm danh) are not confirmed by the office PC asks first, listing them all (lớp, sổ, học sinh, cột, giá trị, trạng
 * thái): "Gửi lại" sends them now and leaves only when all are saved, "Bỏ" discards them (logged on this computer),
 * "Ở lại" stays. Never drops an entry without the person's decision. After signing in, the same list offers the
 * person's cells kept on this computer from an earlier session ({@link #offer}), with "Để sau" instead of "Ở lại".
 */
public final class UnsentOnLeave {
    private final List<UnsentSource> sources;
    private final BooleanSupplier sessionEnded;
    private final UiText text;
    private final Window owner;
    private Stage open;

    /** @param sessionEnded true once the office PC no longer knows the session (the sign-in shows instead) */
    public UnsentOnLeave(List<UnsentSource> sources, BooleanSupplier sessionEnded, UiText text, Window owner) {
        this.sources = List.copyOf(sources);
        this.sessionEnded = sessionEnded;
        this.text = text;
        this.owner = owner;
    }

    /** Runs {@code then} at once when nothing is unsent; otherwise asks first, and runs it only if the person leaves. */
    public void leave(Runnable then) {
        if (nothingUnsent()) {
            then.run();
        } else {
            ask(then);
        }
    }

    /**
     * Right after signing in: when cells of an earlier session are kept for this person, lists them for "Gửi lại",
     * "Bỏ" or "Để sau" (they stay, "chưa lưu"); {@code notice} (or null) says what happened to a kept file that could
     * not be used, above the list or on its own.
     */
    public void offer(String notice) {
        if (!nothingUnsent() || notice != null) {
            show(() -> { }, true, notice);
        }
    }

    public boolean nothingUnsent() {
        return rows().isEmpty();
    }

    /** The question while it is open, else null (tests). */
    public Stage dialog() {
        return open != null && open.isShowing() ? open : null;
    }

    private List<Row> rows() {
        return sources.stream().flatMap(s -> s.unsentRows().stream()).toList();
    }

    private void ask(Runnable then) {
        show(then, false, null);
    }

    private void show(Runnable then, boolean offering, String notice) {
        close();
        List<Row> rows = rows();
        TableView<Row> table = new TableView<>();
        table.setId("unsent-table");
        table.getColumns().setAll(List.of(
                wrapped(text.t("ws.unsent.col.class"), 55, Row::className),
                wrapped(text.t("ws.unsent.col.sheet"), 200, Row::sheet),
                wrapped(text.t("ws.unsent.col.pupil"), 160, Row::pupil),
                wrapped(text.t("ws.unsent.col.column"), 170, Row::column),
                wrapped(text.t("ws.unsent.col.value"), 65, Row::value),
                wrapped(text.t("ws.unsent.col.state"), 280, Row::state)));
        table.getItems().setAll(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(980, 240);
        Label head = new Label(rows.isEmpty() ? text.t("ws.unsent.file.title")
                : text.t(offering ? "ws.unsent.offer.header" : "ws.unsent.header", rows.size()));
        head.setId("unsent-header");
        head.getStyleClass().add(Styles.TITLE_4);
        head.setWrapText(true);
        Label body = new Label(text.t(offering ? "ws.unsent.offer.body" : "ws.unsent.body"));
        body.setWrapText(true);
        Label told = new Label(notice == null ? "" : notice);
        told.setId("unsent-notice");
        told.setWrapText(true);
        told.getStyleClass().add(Styles.DANGER);
        told.setManaged(notice != null);
        told.setVisible(notice != null);
        Button retry = new Button(text.t("ws.unsent.retry"));
        retry.setId("unsent-retry");
        retry.getStyleClass().add(Styles.ACCENT);
        retry.setDefaultButton(true);
        Button discard = new Button(text.t("ws.unsent.discard"));
        discard.setId("unsent-discard");
        discard.getStyleClass().add(Styles.DANGER);
        Button stay = new Button(text.t(rows.isEmpty() ? "ws.unsent.file.ok"
                : offering ? "ws.unsent.later" : "ws.unsent.stay"));
        stay.setId("unsent-stay");
        stay.setCancelButton(true);
        HBox buttons = rows.isEmpty() ? new HBox(10, Fx.grow(), stay) : new HBox(10, discard, Fx.grow(), stay, retry);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = rows.isEmpty() ? new VBox(12, head, told, buttons) : new VBox(12, head, told, body, table, buttons);
        root.setPadding(new Insets(20));
        root.setId("unsent-dialog");
        root.setPrefWidth(1020);
        retry.setOnAction(e -> {
            retry.setDisable(true);
            sendAll(() -> {
                close();
                if (sessionEnded.getAsBoolean()) {
                    return; // the sign-in shows again; the cells stay kept for the next sign-in
                }
                if (nothingUnsent()) {
                    then.run();
                } else {
                    show(then, offering, null); // the list again, each with where it stands now
                }
            });
        });
        discard.setOnAction(e -> {
            close();
            sources.forEach(UnsentSource::discardUnsent);
            then.run();
        });
        stay.setOnAction(e -> close());
        open = Modal.open(owner, text.t("ws.unsent.title"), root);
    }

    /** Sends every page's cells again; {@code settled} runs once all pages have their answers. */
    private void sendAll(Runnable settled) {
        List<UnsentSource> waiting = sources.stream().filter(s -> !s.unsentRows().isEmpty()).toList();
        int[] left = {waiting.size()};
        if (waiting.isEmpty()) {
            settled.run();
            return;
        }
        for (UnsentSource s : waiting) {
            s.sendAgain(() -> {
                if (--left[0] == 0) {
                    settled.run();
                }
            });
        }
    }

    /** A column whose long texts (where an entry stands and why, a long sheet name) wrap over several lines. */
    private static javafx.scene.control.TableColumn<Row, String> wrapped(String header, double width,
                                                                         java.util.function.Function<Row, String> value) {
        javafx.scene.control.TableColumn<Row, String> c = Fx.column(header, width, value);
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

    private void close() {
        if (open != null) {
            open.close();
            open = null;
        }
    }
}
