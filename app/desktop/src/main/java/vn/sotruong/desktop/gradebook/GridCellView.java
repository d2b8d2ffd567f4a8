package vn.sotruong.desktop.gradebook;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * One cell of the entry grid: the value (red when refused, grey when computed), its note on hover, and a
 * text field while it is edited. Keys are handled by {@link EntryGrid}, which owns the editing.
 */
final class GridCellView extends TableCell<GridRow, GridCell> {
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final PseudoClass COMPUTED = PseudoClass.getPseudoClass("computed");
    private static final PseudoClass READ_ONLY = PseudoClass.getPseudoClass("readonly");
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");
    private static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");
    /** A cell a review finding named (mở ô). */
    private static final PseudoClass FINDING = PseudoClass.getPseudoClass("finding");

    private final EntryGrid grid;
    private final GridColumn column;
    private final Tooltip tooltip = new Tooltip();
    private TextField editor;

    GridCellView(EntryGrid grid, GridColumn column) {
        this.grid = grid;
        this.column = column;
        getStyleClass().add("grade-cell");
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(460);
        setAlignment(column.width() > 120 ? Pos.CENTER_LEFT : Pos.CENTER);
    }

    GridColumn column() {
        return column;
    }

    @Override
    protected void updateItem(GridCell cell, boolean empty) {
        super.updateItem(cell, empty);
        if (isEditing()) {
            return;
        }
        show(empty ? null : cell);
    }

    private void show(GridCell cell) {
        setGraphic(cell != null && cell.locked() ? lockIcon() : null);
        setText(cell == null ? null : cell.shown());
        setEditable(cell != null && cell.editable());
        pseudoClassStateChanged(REFUSED, cell != null && cell.state() == GridCell.State.REFUSED);
        pseudoClassStateChanged(COMPUTED, cell != null && cell.state() == GridCell.State.COMPUTED);
        pseudoClassStateChanged(MISSING, cell != null && cell.state() == GridCell.State.MISSING);
        pseudoClassStateChanged(LOCKED, cell != null && cell.locked());
        pseudoClassStateChanged(FINDING, cell != null && grid.marked(getIndex(), column.key()));
        pseudoClassStateChanged(READ_ONLY, cell != null && !cell.editable() && cell.state() != GridCell.State.COMPUTED);
        if (cell == null || cell.note().isEmpty()) {
            setTooltip(null);
        } else {
            tooltip.setText(cell.note());
            setTooltip(tooltip);
        }
    }

    private static FontIcon lockIcon() {
        FontIcon i = new FontIcon(Material2OutlinedAL.LOCK);
        i.getStyleClass().add("lock-icon");
        return i;
    }

    @Override
    public void startEdit() {
        GridCell cell = getItem();
        if (cell == null || !cell.editable() || !shown()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editor = new TextField(grid.takeInitialText(cell.editText()));
        editor.setId("grade-editor");
        editor.getStyleClass().add("grade-editor");
        editor.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                grid.editorLostFocus(this);
            }
        });
        setText(null);
        setGraphic(editor);
        // the skin now, not at the next pulse: a fast typist's next key needs it, and its focus handling
        // selects the whole text, which end() then undoes so typing goes on after the first character
        editor.applyCss();
        editor.requestFocus();
        editor.end();
        grid.editingStarted(this);
    }

    /**
     * False for the table's hidden measuring row, which is given the same index and would otherwise start
     * an edit of its own and take the typed text.
     */
    private boolean shown() {
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return getScene() != null;
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editor = null;
        show(getItem());
    }

    /** What is typed in the editor now ("" when not editing). */
    String editorText() {
        return editor == null ? "" : editor.getText();
    }
}
