package vn.sotruong.desktop.gradebook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.GradebookService;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.SheetRow;
import vn.sotruong.desktop.gradebook.CellSaves.Draft;
import vn.sotruong.desktop.gradebook.CellSaves.Pending;
import vn.sotruong.desktop.common.Marks;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * The entry grid of one sheet and term (bảng nhập điểm). Every committed cell is saved at once through
 * {@link GradebookService#save} with the version the person saw; the averages come back with the saved
 * sheet. A refused value stays in its cell, red, with the reason, and is not saved; a cell someone else
 * changed meanwhile is reloaded and the message says who changed it, to what, and what was typed.
 */
public final class EntryGridViewModel {
    private static final int PROBLEMS_SHOWN = 3;

    private final Session session;
    private final UiText text;
    private final GradebookService gradebook;
    private final CellSaves saves;
    private final SheetDeadlines deadlines;
    private final ObservableList<ColumnDeadline> shownDeadlines = FXCollections.observableArrayList();
    private final ObservableList<GridColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<GridRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Sheet> sheet = new SimpleObjectProperty<>();
    private final Map<String, Draft> drafts = new HashMap<>();
    private final GridCells cells;
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final javafx.beans.property.ObjectProperty<java.util.Set<String>> marked =
            new javafx.beans.property.SimpleObjectProperty<>(java.util.Set.of());
    private final StringProperty cellInfo = new SimpleStringProperty("");
    private final StringProperty saveState = new SimpleStringProperty("");
    private final IntegerProperty unsaved = new SimpleIntegerProperty(0);
    private final ObjectProperty<Instant> lastSaved = new SimpleObjectProperty<>();

    public EntryGridViewModel(Session session, UiText text) {
        this.session = session;
        this.text = text;
        this.gradebook = session.services().gradebook();
        this.saves = new CellSaves(session, text);
        this.deadlines = new SheetDeadlines(session);
        this.cells = new GridCells(text, deadlines, drafts);
    }

    /**
     * Marks the cells a review finding names (mở ô) for the grid to highlight, the first one selected; a later load
     * clears them. The info line says how many and where their history is.
     */
    public void mark(java.util.Collection<vn.sotruong.core.gradebook.EntryKey> cells) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        cells.forEach(k -> keys.add(k.pupilId() + "/" + k.slot()));
        marked.set(java.util.Collections.unmodifiableSet(keys));
        if (!keys.isEmpty()) {
            info.set(text.t("gradebook.finding.cells", keys.size()));
        }
    }

    /** Is this cell one a review finding named? */
    public boolean marked(long pupilId, String key) {
        return marked.get().contains(pupilId + "/" + key);
    }

    /** The marked cells as "pupilId/slot", in the finding's order. */
    public javafx.beans.property.ReadOnlyObjectProperty<java.util.Set<String>> markedProperty() {
        return marked;
    }

    /** Reads the sheet and shows the columns of {@code term}; refused reads leave an empty grid and the reason. */
    public void load(long classId, SheetRef ref, int term) {
        marked.set(java.util.Set.of());
        drafts.clear();
        error.set("");
        info.set("");
        cellInfo.set("");
        lastSaved.set(null);
        Sheet s;
        try {
            s = gradebook.sheet(session.actor(), classId, ref);
        } catch (RuntimeException e) {
            clear();
            error.set(text.error(e));
            return;
        }
        sheet.set(s);
        editable.set(s.editable());
        deadlines.read(s);
        columns.setAll(SheetColumns.of(s, term, text));
        shownDeadlines.setAll(deadlines.of(columns));
        rebuildRows(s);
        updateSaveState();
    }

    public void clear() {
        sheet.set(null);
        deadlines.read(null);
        shownDeadlines.clear();
        editable.set(false);
        rows.clear();
        columns.clear();
        drafts.clear();
        updateSaveState();
    }

    private void rebuildRows(Sheet s) {
        List<GridRow> list = new ArrayList<>();
        int stt = 0;
        for (SheetRow r : s.rows()) {
            list.add(new GridRow(++stt, r.pupil(), columns));
        }
        rows.setAll(list);
        show(s);
    }

    /** Puts the sheet's values into the cells in place (the table keeps its selection). */
    private void show(Sheet s) {
        cells.locks(session.services().locks().lockedColumns(s.book(), s.ref(), s.columns()));
        Map<Long, SheetRow> byPupil = new HashMap<>();
        s.rows().forEach(r -> byPupil.put(r.pupil().pupilId(), r));
        if (byPupil.size() != rows.size() || rows.stream().anyMatch(r -> !byPupil.containsKey(r.pupilId()))) {
            rebuildRows(s); // the class list changed meanwhile
            return;
        }
        for (GridRow row : rows) {
            SheetRow r = byPupil.get(row.pupilId());
            for (GridColumn c : columns) {
                row.cell(c.key()).set(cells.of(s, r, c));
            }
        }
    }

    /** Why the cell cannot be changed, or null when it can. */
    public String whyReadOnly(int rowIndex, String key) {
        GridColumn c = column(key).orElse(null);
        if (c == null || rowIndex < 0 || rowIndex >= rows.size()) {
            return text.t("gradebook.readonly.column");
        }
        if (c.computed()) {
            return text.t("gradebook.readonly.computed");
        }
        if (sheet.get() == null || !sheet.get().editable()) {
            return text.t("gradebook.readonly.sheet");
        }
        GridRow r = rows.get(rowIndex);
        if (!r.current()) {
            return text.t("gradebook.readonly.left", r.name(), text.date(r.leftOn()));
        }
        GridCell cell = r.cell(key).get();
        return cell.locked() ? cell.lock() : null;
    }

    /** The entry cell at the grid position, for its history or a correction minute; empty for other cells. */
    public Optional<CellTarget> target(int rowIndex, String key) {
        GridColumn c = column(key).orElse(null);
        Sheet s = sheet.get();
        if (c == null || c.computed() || s == null || rowIndex < 0 || rowIndex >= rows.size()) {
            return Optional.empty();
        }
        GridRow r = rows.get(rowIndex);
        GridCell cell = r.cell(key).get();
        String header = s.column(key).map(x -> x.header()).orElse(c.header());
        return Optional.of(new CellTarget(s.book().schoolClass().id(), s.ref(), r.pupilId(), key, c.kind(), r.name(), header,
                cell.state() == GridCell.State.SAVED ? cell.shown() : "", cell.locked(),
                s.editable() && r.current()));
    }

    public CellHistoryViewModel historyOf(CellTarget target) {
        return new CellHistoryViewModel(session, text, target);
    }

    public CorrectionDraftViewModel draftFor(CellTarget target) {
        return new CorrectionDraftViewModel(session, text, target, lockedTargets().stream()
                .filter(t -> t.pupilId() != target.pupilId() || !t.slot().equals(target.slot())).toList());
    }

    /** The locked cells of the sheet the person may ask to correct, row by row. */
    List<CellTarget> lockedTargets() {
        List<CellTarget> out = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (GridColumn c : columns) {
                target(i, c.key()).filter(t -> t.locked() && t.mayDraft()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** After a correction is drafted or applied elsewhere: the sheet read again, its message in the info line. */
    public void reload(String message) {
        Sheet s = sheet.get();
        if (s == null) {
            return;
        }
        try {
            Sheet fresh = gradebook.sheet(session.actor(), s.book().schoolClass().id(), s.ref());
            sheet.set(fresh);
            show(fresh);
            info.set(message);
        } catch (RuntimeException e) {
            error.set(text.error(e));
        }
    }

    /**
     * Saves what was typed into a cell (blank clears it). True when it is saved or unchanged; false when
     * refused, and then the cell shows the text in red with the reason.
     */
    public boolean commit(int rowIndex, String key, String typed) {
        String why = whyReadOnly(rowIndex, key);
        if (why != null) {
            error.set(why);
            return false;
        }
        GridRow row = rows.get(rowIndex);
        GridColumn col = column(key).orElseThrow();
        String t = typed == null ? "" : typed.strip();
        GridCell now = row.cell(key).get();
        if (now.state() != GridCell.State.REFUSED && t.equals(now.editText())) {
            return true;
        }
        error.set("");
        info.set("");
        return saveCells(List.of(pending(row, col, t))) == 1;
    }

    /** Delete: clears the cell (a refused text is simply dropped). */
    public boolean clearCell(int rowIndex, String key) {
        return commit(rowIndex, key, "");
    }

    /**
     * Pastes a block copied from Excel with its top-left cell at the given cell: lines go to the following
     * pupils, cells to the following entry columns (computed columns are skipped). Cells that fall outside
     * the grid or on a pupil who left are not saved and counted; refused cells stay red; the rest is saved.
     */
    public void paste(int rowIndex, String key, String clipboard) {
        List<List<String>> block = PasteBlock.parse(clipboard);
        error.set("");
        info.set("");
        if (block.isEmpty() || sheet.get() == null) {
            return;
        }
        if (!sheet.get().editable()) {
            error.set(text.t("gradebook.readonly.sheet"));
            return;
        }
        List<GridColumn> entryColumns = columns.stream().filter(c -> !c.computed()).toList();
        int first = column(key).map(entryColumns::indexOf).orElse(-1);
        if (first < 0 || rowIndex < 0) {
            error.set(text.t("gradebook.paste.where"));
            return;
        }
        List<Pending> pending = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < block.size(); i++) {
            List<String> line = block.get(i);
            GridRow row = rowIndex + i < rows.size() ? rows.get(rowIndex + i) : null;
            for (int j = 0; j < line.size(); j++) {
                if (row == null || !row.current() || first + j >= entryColumns.size()) {
                    skipped++;
                } else {
                    pending.add(pending(row, entryColumns.get(first + j), line.get(j).strip()));
                }
            }
        }
        int saved = saveCells(pending);
        String done = text.t("gradebook.paste.done", saved, pending.size());
        info.set(skipped == 0 ? done : done + " " + text.t("gradebook.paste.skipped", skipped));
    }

    private Pending pending(GridRow row, GridColumn col, String typed) {
        int version = sheet.get().row(row.pupilId()).map(r -> r.version(col.key())).orElse(0);
        return new Pending(row, col, typed, new CellEdit(row.pupilId(), col.key(), Marks.typed(col.kind(), typed),
                version));
    }

    /** Saves the cells (see {@link CellSaves}); refused ones stay red. Returns how many were saved. */
    private int saveCells(List<Pending> pending) {
        CellSaves.Outcome o = saves.save(sheet.get(), pending);
        o.settled().forEach(drafts::remove);
        drafts.putAll(o.refused());
        if (o.saved() > 0) {
            lastSaved.set(session.clock().instant());
        }
        sheet.set(o.sheet());
        if (o.saved() > 0) {
            deadlines.read(o.sheet());
            shownDeadlines.setAll(deadlines.of(columns));
        }
        show(o.sheet());
        List<String> problems = o.problems();
        if (!problems.isEmpty()) {
            String shown = String.join("\n", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())));
            error.set(problems.size() > PROBLEMS_SHOWN
                    ? shown + "\n" + text.t("gradebook.problems.more", problems.size() - PROBLEMS_SHOWN) : shown);
        }
        updateSaveState();
        return o.saved();
    }

    private void updateSaveState() {
        unsaved.set(drafts.size());
        if (!drafts.isEmpty()) {
            saveState.set(text.t("gradebook.state.unsaved", drafts.size()));
        } else if (lastSaved.get() != null) {
            saveState.set(text.t("gradebook.state.saved", text.dateTime(lastSaved.get(), Session.SCHOOL_ZONE)));
        } else {
            saveState.set(sheet.get() == null ? "" : text.t("gradebook.state.none"));
        }
    }

    /** The line under the grid for the selected cell: the pupil, the column and the cell's note. */
    public void select(int rowIndex, String key) {
        GridColumn c = column(key).orElse(null);
        if (c == null || rowIndex < 0 || rowIndex >= rows.size()) {
            cellInfo.set("");
            return;
        }
        GridRow r = rows.get(rowIndex);
        String note = r.cell(key).get().note();
        String head = r.name() + " · " + c.description();
        cellInfo.set(note == null || note.isEmpty() ? head : head + ": " + note);
    }

    public Optional<GridColumn> column(String key) {
        return key == null ? Optional.empty() : columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public ObservableList<GridColumn> columns() {
        return columns;
    }

    /** Hạn nhập of the columns shown, in their order: due, due soon, overdue with what is missing. */
    public ObservableList<ColumnDeadline> deadlines() {
        return shownDeadlines;
    }

    public ObservableList<GridRow> rows() {
        return rows;
    }

    public ObjectProperty<Sheet> sheetProperty() {
        return sheet;
    }

    /** Whether the signed-in person may change this sheet (the service decides; this only hides). */
    public BooleanProperty editableProperty() {
        return editable;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }

    public StringProperty cellInfoProperty() {
        return cellInfo;
    }

    /** "Đã lưu lúc …" or "n ô chưa lưu (tô đỏ)". */
    public StringProperty saveStateProperty() {
        return saveState;
    }

    public IntegerProperty unsavedProperty() {
        return unsaved;
    }
}
