package vn.sotruong.desktop.gradebook;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Hạn nhập above the grid: one chip per column of the term shown — due on a date, due within days, done, done
 * with late entries, or overdue with how many pupils still have no value (their cells are marked in the grid).
 */
final class DeadlineStrip {
    private final UiText text;
    private final Supplier<LocalDate> today;
    private final FlowPane pane = new FlowPane(6, 4);

    DeadlineStrip(ObservableList<ColumnDeadline> deadlines, Supplier<LocalDate> today, UiText text) {
        this.text = text;
        this.today = today;
        pane.setId("grade-deadlines");
        pane.getStyleClass().add("deadline-strip");
        deadlines.addListener((ListChangeListener<ColumnDeadline>) c -> fill(deadlines));
        fill(deadlines);
    }

    private void fill(ObservableList<ColumnDeadline> deadlines) {
        pane.getChildren().clear();
        if (deadlines.isEmpty()) {
            pane.setVisible(false);
            pane.setManaged(false);
            return;
        }
        pane.setVisible(true);
        pane.setManaged(true);
        Label title = new Label(text.t("gradebook.deadlines"));
        title.setGraphic(Fx.icon(Material2OutlinedAL.EVENT));
        pane.getChildren().add(title);
        deadlines.forEach(d -> pane.getChildren().add(chip(d)));
    }

    private Node chip(ColumnDeadline d) {
        String date = text.date(d.due());
        long days = ChronoUnit.DAYS.between(today.get(), d.due());
        String shown = switch (d.status()) {
            case DONE -> text.t("gradebook.deadline.done", d.label());
            case DONE_LATE -> text.t("gradebook.deadline.doneLate", d.label(), d.enteredLate());
            case OPEN -> text.t("gradebook.deadline.open", d.label(), date);
            case DUE_SOON -> text.t("gradebook.deadline.soon", d.label(), days, d.missing());
            case LATE -> text.t("gradebook.deadline.late", d.label(), date, d.missing());
        };
        Label chip = new Label(shown);
        chip.setId("deadline-" + d.slot().replace('.', '-'));
        chip.getStyleClass().addAll("deadline-chip", switch (d.status()) {
            case DONE -> Styles.SUCCESS;
            case DONE_LATE, DUE_SOON -> Styles.WARNING;
            case LATE -> Styles.DANGER;
            case OPEN -> "deadline-open";
        });
        chip.setTooltip(new Tooltip(text.code(d.status().labelKey()) + " · " + text.t("gradebook.deadline.due", date)));
        return chip;
    }

    Node node() {
        return pane;
    }
}
