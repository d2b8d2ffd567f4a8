package vn.sotruong.desktop.lan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.common.Marks;
import vn.sotruong.desktop.common.SessionEnd;
import vn.sotruong.desktop.common.UnsentShelf;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.lan.WorkstationCell.State;
import vn.sotruong.server.wire.Wire.BookView;
import vn.sotruong.server.wire.Wire.CellView;
import vn.sotruong.server.wire.Wire.ColumnView;
import vn.sotruong.server.wire.Wire.RowView;
import vn.sotruong.server.wire.Wire.SaveAnswer;
import vn.sotruong.server.wire.Wire.SheetChoiceView;
import vn.sotruong.server.wire.Wire.SheetView;

/**
 * Sổ điểm trên máy trạm: the entry grid of one sheet through a {@link GradebookPort}. Never drops an entry: each
 * typed cell stays visible with where it stands (đang gửi / đã lưu / bị từ chối and why / chưa lưu: mất mạng) until
 * the office PC confirms it; "Gửi lại" sends the unsent ones again with the version first seen (a retry after a lost
 * answer is saved once). Polls the sheet's change counter and shows others' saved cells, but never the cell being
 * edited nor one with the person's own entry still pending.
 */
public final class WorkstationGridViewModel {
    private final GradebookPort port;
    private final UiText text;
    private final Background background;
    private final ObservableList<BookView> books = FXCollections.observableArrayList();
    private final ObservableList<SheetChoiceView> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<BookView> book = new SimpleObjectProperty<>();
    private final ObjectProperty<SheetChoiceView> sheet = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> term = new SimpleObjectProperty<>(1);
    private final ObservableList<ColumnView> columns = FXCollections.observableArrayList();
    private final ObservableList<WorkstationRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SheetView> shown = new SimpleObjectProperty<>();
    private final UnsentEntries typed;
    private final SheetChanges changes;
    private final CellEditing editing = new CellEditing();
    private final StringProperty banner = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");

    private final ObjectProperty<DomainException> sessionEnded = new SimpleObjectProperty<>();

    public WorkstationGridViewModel(GradebookPort port, UiText text, Background background) {
        this(port, text, background, UnsentShelf.none());
    }

    /** @param shelf where the person's unsent entries are kept on this computer (and found again at the next sign-in) */
    public WorkstationGridViewModel(GradebookPort port, UiText text, Background background, UnsentShelf<UnsentEntry> shelf) {
        this.port = port;
        this.text = text;
        this.background = background;
        this.typed = new UnsentEntries(port, text, background, new UnsentEntries.Grid(this::showSaved, this::showKept,
                failure -> {
                    if (failure == null) {
                        reachable();
                        updateStatus();
                    } else {
                        failed(failure);
                    }
                }), shelf);
        this.changes = new SheetChanges(port, background);
        book.addListener((o, a, b) -> chooseBook(b));
        sheet.addListener((o, a, s) -> load());
        term.addListener((o, a, t) -> showColumns());
    }

    /**
     * Reads the books the person may open and opens the first sheet that is theirs; the person's entries kept on this
     * computer from before (not sent when it closed) are "chưa lưu" again, for "Gửi lại".
     */
    public void open() {
        error.set("");
        if (!typed.restore().isEmpty()) {
            updateStatus();
        }
        background.run(port::books, answer -> {
            year.set(answer.year());
            books.setAll(answer.books());
            book.set(books.isEmpty() ? null : books.getFirst());
        }, this::failed);
    }

    private void chooseBook(BookView b) {
        List<SheetChoiceView> list = b == null ? List.of() : b.sheets().stream()
                .sorted((x, y) -> Boolean.compare(y.editable(), x.editable())).toList();
        sheets.setAll(list);
        sheet.set(list.isEmpty() ? null : list.getFirst());
    }

    /** Reads the chosen sheet again; the person's pending entries stay on top. */
    public void load() {
        BookView b = book.get();
        SheetChoiceView s = sheet.get();
        if (b == null || s == null) {
            shown.set(null);
            rows.clear();
            columns.clear();
            return;
        }
        long classId = b.classId();
        SheetRef ref = ref(s);
        background.run(() -> port.sheet(classId, ref), v -> {
            reachable();
            if (matches(v)) {
                show(v);
            }
        }, this::failed);
    }

    /** Asks whether someone changed the open sheet; when so, reads it again. */
    public void poll() {
        SheetView v = shown.get();
        changes.ask(v, this::reachable, () -> {
            if (matches(v)) {
                load();
            }
        }, this::failed);
    }

    /** The person started editing a cell: its value is kept as seen now, and a refresh leaves it alone. */
    public void startEdit(long pupilId, String slot) {
        if (shown.get() == null) {
            return;
        }
        editing.start(cellKey(shown.get(), pupilId, slot), version(pupilId, slot));
    }

    public void cancelEdit() {
        editing.cancel();
    }

    /** Why the cell cannot be changed, or null when it can. */
    public String whyReadOnly(WorkstationRow row, ColumnView column) {
        SheetView v = shown.get();
        if (v == null || !v.editable()) {
            return text.t("gradebook.readonly.sheet");
        }
        if (!row.current()) {
            return text.t("ws.readonly.left", row.name());
        }
        return column.lockedBecause();
    }

    /** Sends what was typed into a cell (blank clears it); the cell shows "đang gửi" until the office PC answers. */
    public void commit(WorkstationRow row, ColumnView column, String typedText) {
        SheetView v = shown.get();
        String key = v == null ? "" : cellKey(v, row.pupilId(), column.slot());
        Integer seen = editing.finish(key);
        String why = whyReadOnly(row, column);
        if (why != null) {
            error.set(why);
            refreshCell(row, column);
            return;
        }
        String t = typedText == null ? "" : typedText.strip();
        UnsentEntry before = typed.get(key);
        if (before == null && t.equals(editText(row, column))) {
            return;
        }
        // an entry not sent yet keeps the version first seen; typing over a refused one is a new decision on what is there now
        int version = before != null && before.state() == State.UNSENT ? before.seen()
                : seen != null ? seen : version(row.pupilId(), column.slot());
        UnsentEntry entry = new UnsentEntry(v.classId(), v.area(), v.item(), row.pupilId(), column.slot(),
                ColumnKind.valueOf(column.kind()), t, version, State.SENDING, text.t("ws.cell.sending"),
                new UnsentEntry.Place(v.className(), sheet.get() == null ? "" : label(sheet.get()), row.name(),
                        column.header()));
        error.set("");
        typed.send(List.of(entry));
    }

    /** Gửi lại: sends every entry not yet confirmed again (of any sheet), each with the version first seen. */
    public void retry() {
        typed.retry();
    }

    /** The entries typed here the office PC has not confirmed yet. */
    public UnsentEntries unsent() {
        return typed;
    }

    /** The session the office PC ended (its service restarted, idle time, computer-room hours), once seen; else null. */
    public ObjectProperty<DomainException> sessionEndedProperty() {
        return sessionEnded;
    }

    private void showSaved(UnsentEntry e, SaveAnswer saved) {
        SheetView now = shown.get();
        if (now != null && matches(now) && now.classId() == e.classId() && now.area().equals(e.area())
                && now.item().equals(e.item())) {
            show(SheetViews.withRows(now, saved.rows()));
            rowOf(e.pupilId()).ifPresent(r -> r.cell(e.slot()).set(new WorkstationCell(
                    r.cell(e.slot()).get().shown(), State.SAVED, text.t("ws.cell.saved"))));
        }
    }

    /** Shows a kept entry in its cell when its sheet is the one shown. */
    private void showKept(UnsentEntry e) {
        SheetView v = shown.get();
        if (v != null && cellKey(v, e.pupilId(), e.slot()).equals(e.key())) {
            rowOf(e.pupilId()).ifPresent(r -> r.cell(e.slot()).set(new WorkstationCell(e.text(), e.state(), e.note())));
        }
        updateStatus();
    }

    /** Puts a sheet the office PC sent into the grid, leaving pending entries and the cell being edited alone. */
    private void show(SheetView v) {
        boolean same = shown.get() != null && shown.get().classId() == v.classId() && shown.get().area().equals(v.area())
                && shown.get().item().equals(v.item());
        shown.set(v);
        changes.seen(v, same);
        List<Long> ids = v.rows().stream().map(RowView::pupilId).toList();
        if (!same || !ids.equals(rows.stream().map(WorkstationRow::pupilId).toList())) {
            List<WorkstationRow> list = new ArrayList<>();
            int n = 0;
            for (RowView r : v.rows()) {
                list.add(new WorkstationRow(++n, r.pupilId(), r.fullName(), r.current()));
            }
            rows.setAll(list);
        }
        showColumns();
        updateStatus();
    }

    private void showColumns() {
        SheetView v = shown.get();
        if (v == null) {
            return;
        }
        int t = term.get() == null ? 1 : term.get();
        List<ColumnView> list = v.columns().stream().filter(c -> v.area().equals(Area.CONDUCT.name()) || c.term() == t
                || c.term() == 0).toList();
        if (!list.equals(columns)) {
            columns.setAll(list);
        }
        for (WorkstationRow r : rows) {
            for (ColumnView c : v.columns()) {
                refreshCell(r, c);
            }
        }
    }

    private void refreshCell(WorkstationRow r, ColumnView c) {
        String key = cellKey(shown.get(), r.pupilId(), c.slot());
        UnsentEntry mine = typed.get(key);
        if (mine != null) {
            r.cell(c.slot()).set(new WorkstationCell(mine.text(), mine.state(), mine.note()));
            return;
        }
        if (editing.isEditing(key)) {
            return;
        }
        CellView cell = SheetViews.cell(shown.get(), r.pupilId(), c.slot());
        WorkstationCell now = r.cell(c.slot()).get();
        String shownText = cell == null || cell.text() == null ? "" : shownText(c, cell.text());
        String note = cell == null ? "" : text.t("ws.cell.by", cell.enteredBy());
        if (now.state() == State.SAVED && now.shown().equals(shownText)) {
            return; // keeps "đã lưu" on the person's own confirmed entry
        }
        r.cell(c.slot()).set(new WorkstationCell(shownText, State.STORED, note));
    }

    private void failed(Throwable failure) {
        if (SessionEnd.ended(failure) && sessionEnded.get() == null) {
            sessionEnded.set((DomainException) failure);
        }
        if (failure instanceof DomainException d && d.code().equals("lan.unreachable")) {
            banner.set(text.t("ws.banner.unreachable", text.error(d)));
        } else {
            error.set(text.error(failure));
        }
        updateStatus();
    }

    /** The office PC answered: no banner, or, while entries wait to be sent again, that the connection is back. */
    private void reachable() {
        banner.set(typed.bannerWhenReachable());
    }

    private void updateStatus() {
        status.set(typed.status(shown.get() != null));
    }

    private String editText(WorkstationRow row, ColumnView c) {
        CellView cell = SheetViews.cell(shown.get(), row.pupilId(), c.slot());
        return cell == null || cell.text() == null ? "" : shownText(c, cell.text());
    }

    private String shownText(ColumnView c, String canonical) {
        ColumnKind kind = SheetViews.kind(shown.get(), c.slot());
        return kind == null ? canonical : Marks.shown(kind, canonical, text);
    }

    private int version(long pupilId, String slot) {
        CellView c = SheetViews.cell(shown.get(), pupilId, slot);
        return c == null ? 0 : c.version();
    }

    private Optional<WorkstationRow> rowOf(long pupilId) {
        return rows.stream().filter(r -> r.pupilId() == pupilId).findFirst();
    }

    private boolean matches(SheetView v) {
        BookView b = book.get();
        SheetChoiceView s = sheet.get();
        return b != null && s != null && b.classId() == v.classId() && s.area().equals(v.area())
                && s.item().equals(v.item());
    }

    private static SheetRef ref(SheetChoiceView s) {
        return UnsentEntries.ref(s.area(), s.item());
    }

    private static String cellKey(SheetView v, long pupilId, String slot) {
        return UnsentEntry.cellKey(v.classId(), v.area(), v.item(), pupilId, slot);
    }

    /** The label of a sheet in the picker: the subject's name, or conduct / qualities; "(chỉ xem)" when not theirs. */
    public String label(SheetChoiceView s) {
        return SheetViews.label(text, s);
    }

    public String termLabel(Integer t) {
        return t == null ? "" : text.t("gradebook.term." + t);
    }

    public ObservableList<BookView> books() {
        return books;
    }

    public ObservableList<SheetChoiceView> sheets() {
        return sheets;
    }

    public ObjectProperty<BookView> bookProperty() {
        return book;
    }

    public ObjectProperty<SheetChoiceView> sheetProperty() {
        return sheet;
    }

    public ObjectProperty<Integer> termProperty() {
        return term;
    }

    public ObservableList<ColumnView> columns() {
        return columns;
    }

    public ObservableList<WorkstationRow> rows() {
        return rows;
    }

    public ObjectProperty<SheetView> shownProperty() {
        return shown;
    }

    /** "Không kết nối được máy văn phòng …" while the office PC cannot be reached; empty otherwise. */
    public StringProperty bannerProperty() {
        return banner;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** "Mọi ô đã lưu trên máy văn phòng" or how many entries are sending / not sent / refused. */
    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty yearProperty() {
        return year;
    }
}
