package vn.sotruong.desktop.gradebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.skin.VirtualFlow;
import vn.sotruong.desktop.i18n.UiText;

/**
 * The spreadsheet-like entry grid (a TableView with one selected cell): arrow keys move; typing starts
 * editing; Enter saves and moves down, Tab right (Shift: up, left); Esc cancels; Delete clears; F2 edits
 * the value; Ctrl+V pastes a block from Excel at the selected cell, Ctrl+C copies the cell.
 */
public final class EntryGrid {
    private static final PseudoClass LEFT = PseudoClass.getPseudoClass("left");
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    /** STT and the name come before the data columns. */
    private static final int FIRST_DATA_COLUMN = 2;

    private enum Move { NONE, UP, DOWN, LEFT, RIGHT }

    private final EntryGridViewModel vm;
    private final UiText text;
    private final TableView<GridRow> table = new TableView<>();
    private GridCellView editing;
    private String initialText;

    public EntryGrid(EntryGridViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
        table.setId("grade-grid");
        table.getStyleClass().add("grade-grid");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(30);
        table.setPlaceholder(new Label(text.t("gradebook.grid.empty")));
        table.setItems(vm.rows());
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(GridRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(LEFT, !empty && row != null && !row.current());
            }
        });
        vm.columns().addListener((ListChangeListener<GridColumn>) c -> buildColumns());
        buildColumns();
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        GridMenu.install(table, vm, text, this::focusedTarget);
        table.getFocusModel().focusedCellProperty().addListener((o, a, p) -> vm.select(p == null ? -1 : p.getRow(),
                p == null ? null : keyOf(p.getTableColumn())));
        vm.markedProperty().addListener((o, a, keys) -> selectMarked(keys));
    }

    /** Highlights a finding's cells and selects the first of them shown. */
    private void selectMarked(java.util.Set<String> keys) {
        table.refresh();
        for (String k : keys) {
            long pupil = Long.parseLong(k.substring(0, k.indexOf('/')));
            String slot = k.substring(k.indexOf('/') + 1);
            for (int row = 0; row < vm.rows().size(); row++) {
                if (vm.rows().get(row).pupilId() != pupil) {
                    continue;
                }
                for (TableColumn<GridRow, ?> c : table.getVisibleLeafColumns()) {
                    if (slot.equals(keyOf(c))) {
                        select(row, c);
                        return;
                    }
                }
            }
        }
    }

    /** Is the cell at this row and column one a review finding named? */
    boolean marked(int row, String key) {
        return row >= 0 && row < vm.rows().size() && vm.marked(vm.rows().get(row).pupilId(), key);
    }

    private void buildColumns() {
        table.getColumns().clear();
        if (vm.columns().isEmpty()) {
            return;
        }
        TableColumn<GridRow, String> stt = fixed(text.t("gradebook.col.stt"), 54, r -> String.valueOf(r.stt()));
        TableColumn<GridRow, String> name = fixed(text.t("gradebook.col.name"), 190, GridRow::name);
        table.getColumns().add(stt);
        table.getColumns().add(name);
        Map<String, TableColumn<GridRow, ?>> groups = new LinkedHashMap<>();
        for (GridColumn c : vm.columns()) {
            TableColumn<GridRow, GridCell> col = new TableColumn<>(c.header());
            col.setUserData(c.key());
            col.setId("col-" + c.key().replace('.', '-').replace('=', '_'));
            col.setPrefWidth(c.width());
            col.setMinWidth(Math.min(c.width(), 50));
            col.setSortable(false);
            col.setReorderable(false);
            col.setEditable(!c.computed());
            col.setCellValueFactory(cd -> cd.getValue().cell(c.key()));
            col.setCellFactory(tc -> new GridCellView(this, c));
            if (c.computed()) {
                col.getStyleClass().add("computed-column");
            }
            if (c.group() == null) {
                table.getColumns().add(col);
            } else {
                groups.computeIfAbsent(c.group(), g -> {
                    TableColumn<GridRow, ?> parent = new TableColumn<>(g);
                    parent.setReorderable(false);
                    table.getColumns().add(parent);
                    return parent;
                }).getColumns().add(col);
            }
        }
    }

    private static TableColumn<GridRow, String> fixed(String header, double width,
                                                      java.util.function.Function<GridRow, String> value) {
        TableColumn<GridRow, String> c = new TableColumn<>(header);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        c.setEditable(false);
        c.getStyleClass().add("pupil-column");
        return c;
    }

    private static String keyOf(TableColumn<?, ?> column) {
        return column == null || !(column.getUserData() instanceof String key) ? null : key;
    }

    private void keyPressed(KeyEvent e) {
        if (editing != null) {
            Move move = switch (e.getCode()) {
                case ENTER -> e.isShiftDown() ? Move.UP : Move.DOWN;
                case TAB -> e.isShiftDown() ? Move.LEFT : Move.RIGHT;
                case UP -> Move.UP;
                case DOWN -> Move.DOWN;
                default -> null;
            };
            if (move != null) {
                commit(move);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                editing = null;
                table.edit(-1, null);
                table.requestFocus();
                e.consume();
            }
            return;
        }
        if (PASTE.match(e)) {
            paste();
            e.consume();
            return;
        }
        if (COPY.match(e)) {
            copy();
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case ENTER -> moveFocus(e.isShiftDown() ? Move.UP : Move.DOWN);
            case TAB -> moveFocus(e.isShiftDown() ? Move.LEFT : Move.RIGHT);
            case DELETE, BACK_SPACE -> clear();
            case F2 -> startEdit(null);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void keyTyped(KeyEvent e) {
        if (editing != null || e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        String ch = e.getCharacter();
        if (ch == null || ch.isEmpty() || ch.equals(KeyEvent.CHAR_UNDEFINED) || Character.isISOControl(ch.charAt(0))) {
            return;
        }
        startEdit(ch);
        e.consume();
    }

    /** Starts editing the focused cell, with {@code initial} as its text (typing) or its value (F2, null). */
    private void startEdit(String initial) {
        TablePosition<GridRow, ?> p = focused();
        if (p == null) {
            return;
        }
        String why = vm.whyReadOnly(p.getRow(), keyOf(p.getTableColumn()));
        if (why != null) {
            vm.errorProperty().set(why);
            return;
        }
        initialText = initial;
        @SuppressWarnings("unchecked")
        TableColumn<GridRow, Object> col = (TableColumn<GridRow, Object>) p.getTableColumn();
        table.edit(p.getRow(), col);
    }

    /** The editor's starting text: what was typed to open it, or the cell's value. */
    String takeInitialText(String value) {
        String t = initialText == null ? value : initialText;
        initialText = null;
        return t;
    }

    void editingStarted(GridCellView cell) {
        editing = cell;
    }

    /** Clicking elsewhere saves what was typed, as Enter would, without moving. */
    void editorLostFocus(GridCellView cell) {
        if (editing == cell) {
            commit(Move.NONE);
        }
    }

    private void commit(Move move) {
        GridCellView cell = editing;
        if (cell == null) {
            return;
        }
        editing = null;
        String typed = cell.editorText();
        int row = cell.getIndex();
        TableColumn<GridRow, GridCell> column = cell.getTableColumn();
        table.edit(-1, null);
        boolean saved = vm.commit(row, cell.column().key(), typed);
        select(row, column);
        vm.select(row, cell.column().key()); // the line under the grid shows the refusal, if any
        if (saved) {
            moveFocus(move);
        }
        table.requestFocus();
    }

    private void clear() {
        TablePosition<GridRow, ?> p = focused();
        if (p != null && keyOf(p.getTableColumn()) != null) {
            vm.clearCell(p.getRow(), keyOf(p.getTableColumn()));
            vm.select(p.getRow(), keyOf(p.getTableColumn()));
        }
    }

    private void paste() {
        TablePosition<GridRow, ?> p = focused();
        String clip = Clipboard.getSystemClipboard().getString();
        if (p != null && clip != null) {
            vm.paste(p.getRow(), keyOf(p.getTableColumn()), clip);
            vm.select(p.getRow(), keyOf(p.getTableColumn()));
        }
    }

    private void copy() {
        TablePosition<GridRow, ?> p = focused();
        if (p != null && keyOf(p.getTableColumn()) != null) {
            ClipboardContent c = new ClipboardContent();
            c.putString(vm.rows().get(p.getRow()).cell(keyOf(p.getTableColumn())).get().shown());
            Clipboard.getSystemClipboard().setContent(c);
        }
    }

    /** The focused entry cell, for the context menu. */
    java.util.Optional<CellTarget> focusedTarget() {
        TablePosition<GridRow, ?> p = focused();
        return p == null ? java.util.Optional.empty() : vm.target(p.getRow(), keyOf(p.getTableColumn()));
    }

    private TablePosition<GridRow, ?> focused() {
        TablePosition<GridRow, ?> p = table.getFocusModel().getFocusedCell();
        return p == null || p.getRow() < 0 || p.getRow() >= vm.rows().size() || p.getTableColumn() == null ? null : p;
    }

    private void moveFocus(Move move) {
        TablePosition<GridRow, ?> p = focused();
        if (p == null || move == Move.NONE) {
            return;
        }
        List<TableColumn<GridRow, ?>> leaves = table.getVisibleLeafColumns();
        int row = p.getRow();
        int col = leaves.indexOf(p.getTableColumn());
        switch (move) {
            case UP -> row = Math.max(0, row - 1);
            case DOWN -> row = Math.min(vm.rows().size() - 1, row + 1);
            case LEFT -> col = Math.max(FIRST_DATA_COLUMN, col - 1);
            case RIGHT -> col = Math.min(leaves.size() - 1, col + 1);
            default -> {
            }
        }
        select(row, leaves.get(col));
    }

    /** Selects and focuses a cell and brings it into view. */
    public void select(int row, TableColumn<GridRow, ?> column) {
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        // the flow scrolls only as far as needed; TableView.scrollTo would put the row at the top
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(row);
        }
        table.scrollToColumn(column);
    }

    /** Selects the first entry cell of the first pupil, ready for typing. */
    public void selectFirst() {
        List<TableColumn<GridRow, ?>> leaves = table.getVisibleLeafColumns();
        if (!vm.rows().isEmpty() && leaves.size() > FIRST_DATA_COLUMN) {
            select(0, leaves.get(FIRST_DATA_COLUMN));
        }
    }

    public TableView<GridRow> table() {
        return table;
    }
}
