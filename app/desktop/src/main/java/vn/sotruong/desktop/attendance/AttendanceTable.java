package vn.sotruong.desktop.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import vn.sotruong.core.assessment.tt22.Tt22Settings;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.ClassDay;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/**
 * The month's grid: a row a pupil, a column a school day (two under it when the school keeps two
 * sessions), the month's and the year's totals at the end. One keystroke a cell — P, K or M; space,
 * Delete or 0 for present — then the cursor goes down to the next pupil (after the last, to the top of
 * the next column); the arrow keys move freely.
 */
final class AttendanceTable {
    /** Art 12: more than this many buổi absent in the year and the pupil is not promoted. */
    private static final int LIMIT = Tt22Settings.defaults().maxAbsences();

    private static final javafx.css.PseudoClass UNSENT = javafx.css.PseudoClass.getPseudoClass("unsent");

    private final TableView<GridRow> table = new TableView<>();
    private final UiText text;
    private AttendanceGrid grid;

    AttendanceTable(UiText text) {
        this.text = text;
        table.setId("attendance-grid");
        table.getStyleClass().addAll("attendance-grid", atlantafx.base.theme.Styles.DENSE,
                atlantafx.base.theme.Styles.BORDERED);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new javafx.scene.control.Label(text.t("attendance.empty")));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::typed);
    }

    TableView<GridRow> node() {
        return table;
    }

    /** Shows a month; the cursor starts on {@code start}'s first column (or the month's first day). */
    void show(AttendanceGrid g, LocalDate start) {
        this.grid = g;
        table.getColumns().clear();
        table.getItems().clear();
        if (g == null) {
            return;
        }
        TableColumn<GridRow, String> stt = Fx.column(text.t("attendance.col.stt"), 42, (GridRow r) -> String.valueOf(r.stt()));
        stt.setMinWidth(42);
        table.getColumns().add(stt);
        TableColumn<GridRow, String> name = Fx.column(text.t("attendance.col.name"), 155,
                (GridRow r) -> r.fullName());
        name.setMinWidth(140);
        table.getColumns().add(name);
        List<ClassDay> columns = g.columns();
        boolean two = g.sessions().size() == 2;
        for (int i = 0; i < columns.size(); i++) {
            ClassDay d = columns.get(i);
            TableColumn<GridRow, AttendanceCode> c = markColumn(i, two ? sessionLetter(d.session()) : dayHeader(d.date()));
            if (!two) {
                table.getColumns().add(c);
            } else if (d.session() == DaySession.SANG) {
                TableColumn<GridRow, AttendanceCode> day = new TableColumn<>(dayHeader(d.date()));
                day.setSortable(false);
                day.setReorderable(false);
                day.getColumns().add(c);
                table.getColumns().add(day);
            } else {
                table.getColumns().getLast().getColumns().add(c);
            }
        }
        table.getColumns().add(total("attendance.col.excused", 34, GridRow::monthProperty, AbsenceTally::excused, false));
        table.getColumns().add(total("attendance.col.unexcused", 34, GridRow::monthProperty, AbsenceTally::unexcused,
                false));
        table.getColumns().add(total("attendance.col.late", 34, GridRow::monthProperty, AbsenceTally::late, false));
        table.getColumns().add(total("attendance.col.month", 48, GridRow::monthProperty, AbsenceTally::absences, false));
        table.getColumns().add(total("attendance.col.year", 58, GridRow::yearProperty, AbsenceTally::absences, true));
        table.getItems().setAll(g.rows());
        int first = Math.max(0, columns.stream().map(ClassDay::date).toList().indexOf(start));
        if (!g.rows().isEmpty() && !columns.isEmpty()) {
            moveTo(0, first);
            // ready to type: a homeroom teacher opens the page to enter today
            javafx.application.Platform.runLater(table::requestFocus);
        }
    }

    private TableColumn<GridRow, AttendanceCode> markColumn(int index, String header) {
        TableColumn<GridRow, AttendanceCode> c = new TableColumn<>(header);
        c.setUserData(index);
        c.setSortable(false);
        c.setReorderable(false);
        // a month of 23 school days and the totals fit a 1366-pixel screen beside the navigation
        c.setPrefWidth(grid.sessions().size() == 2 ? 27 : 29);
        c.setMinWidth(24);
        c.setCellValueFactory(cd -> cd.getValue().cell(index));
        c.setCellFactory(col -> new MarkCell(index));
        return c;
    }

    private TableColumn<GridRow, Number> total(String key, double width,
                                               Function<GridRow, ObservableValue<AbsenceTally>> tally,
                                               Function<AbsenceTally, Integer> part, boolean warn) {
        TableColumn<GridRow, Number> c = new TableColumn<>(text.t(key));
        c.setSortable(false);
        c.setReorderable(false);
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setCellValueFactory(cd -> tally.apply(cd.getValue()).map(t -> (Number) part.apply(t)));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? "" : String.valueOf(n));
                getStyleClass().removeAll("att-total", "att-over", "att-near");
                if (!empty && n != null) {
                    getStyleClass().add("att-total");
                    if (warn && n.intValue() > LIMIT) {
                        getStyleClass().add("att-over");
                    } else if (warn && n.intValue() > LIMIT - 10) {
                        getStyleClass().add("att-near");
                    }
                }
            }
        });
        return c;
    }

    /** One keystroke: a code (or present) into the focused cell, then down to the next pupil. */
    private void typed(KeyEvent e) {
        if (grid == null || !grid.editable() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        AttendanceCode code;
        KeyCode k = e.getCode();
        if (k == KeyCode.P) {
            code = AttendanceCode.EXCUSED;
        } else if (k == KeyCode.K) {
            code = AttendanceCode.UNEXCUSED;
        } else if (k == KeyCode.M) {
            code = AttendanceCode.LATE;
        } else if (k == KeyCode.SPACE || k == KeyCode.DELETE || k == KeyCode.BACK_SPACE || k == KeyCode.DIGIT0
                || k == KeyCode.NUMPAD0) {
            code = null;
        } else {
            return;
        }
        TablePosition<GridRow, ?> pos = table.getFocusModel().getFocusedCell();
        if (pos == null || pos.getRow() < 0 || !(pos.getTableColumn() != null
                && pos.getTableColumn().getUserData() instanceof Integer column)) {
            return;
        }
        e.consume();
        grid.set(pos.getRow(), column, code);
        int row = pos.getRow() + 1;
        int next = column;
        if (row >= table.getItems().size()) {
            row = 0;
            next = Math.min(column + 1, grid.columns().size() - 1);
        }
        moveTo(row, next);
    }

    private void moveTo(int row, int column) {
        TableColumn<GridRow, ?> c = leaf(column);
        table.getSelectionModel().clearAndSelect(row, c);
        table.getFocusModel().focus(row, c);
        table.scrollTo(Math.max(0, row - 3));
        table.scrollToColumn(c);
    }

    /** The mark column of a day-and-session index. */
    TableColumn<GridRow, ?> leaf(int index) {
        return table.getVisibleLeafColumns().stream().filter(c -> Integer.valueOf(index).equals(c.getUserData()))
                .findFirst().orElseThrow();
    }

    /** The day of the focused cell, or null when the cursor is not on a day. */
    LocalDate focusedDate() {
        TablePosition<GridRow, ?> pos = table.getFocusModel().getFocusedCell();
        if (grid == null || pos == null || pos.getTableColumn() == null
                || !(pos.getTableColumn().getUserData() instanceof Integer column)) {
            return null;
        }
        return grid.columns().get(column).date();
    }

    private String dayHeader(LocalDate d) {
        return String.format("%02d%n%s", d.getDayOfMonth(), text.t("attendance.dow." + d.getDayOfWeek().getValue()));
    }

    private String sessionLetter(DaySession s) {
        return text.t("attendance.session.short." + s.name());
    }

    /** Repaints the cells (after a save or a lost connection changed which cells are "chưa lưu"). */
    void repaint() {
        table.refresh();
    }

    /**
     * A mark: its letter, coloured by code; a cell outside the pupil's enrolment is shaded and takes nothing; a typed
     * cell the office PC could not be reached for is marked "chưa lưu" as the workstation's score grid marks it.
     */
    private final class MarkCell extends TableCell<GridRow, AttendanceCode> {
        private final int column;

        MarkCell(int column) {
            this.column = column;
            getStyleClass().add("att-cell");
        }

        @Override
        protected void updateItem(AttendanceCode code, boolean empty) {
            super.updateItem(code, empty);
            getStyleClass().removeAll("att-P", "att-K", "att-M", "att-closed");
            GridRow row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
            boolean unsent = row != null && row.unsent(column).get();
            pseudoClassStateChanged(UNSENT, unsent);
            setTooltip(unsent ? new javafx.scene.control.Tooltip(text.t("ws.cell.unsent")) : null);
            if (row == null) {
                setText("");
                return;
            }
            if (!row.open(column)) {
                getStyleClass().add("att-closed");
                setText("");
                return;
            }
            setText(code == null ? "" : code.letter());
            if (code != null) {
                getStyleClass().add("att-" + code.letter());
            }
        }
    }
}
