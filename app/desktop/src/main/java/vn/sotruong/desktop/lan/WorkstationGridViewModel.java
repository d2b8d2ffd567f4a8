package vn.sotruong.desktop.lan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.CellProblem;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.gradebook.EntriesRefused;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.common.Marks;
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
    private static final String CONFLICT = "gradebook.changedMeanwhile";

    /**
     * An entry typed on this computer, not yet confirmed: its sheet and cell, the text, the version seen when editing
     * began, and where it stands. Kept when another sheet is opened, and shown again when its sheet is.
     */
    private record Typed(long classId, String area, String item, long pupilId, String slot, ColumnKind kind,
                         String text, int seen, State state, String note) {
        String key() {
            return cellKey(classId, area, item, pupilId, slot);
        }

        Typed with(State s, String why) {
            return new Typed(classId, area, item, pupilId, slot, kind, text, seen, s, why);
        }

        boolean sameEntry(Typed o) {
            return o != null && o.text.equals(text) && o.seen == seen;
        }
    }

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
    private final LongProperty knownChanges = new SimpleLongProperty(-1);
    private final Map<String, Typed> typed = new LinkedHashMap<>();
    private final Map<String, Integer> editingSeen = new HashMap<>();
    private final StringProperty editing = new SimpleStringProperty();
    private final StringProperty banner = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final BooleanProperty polling = new SimpleBooleanProperty(false);

    public WorkstationGridViewModel(GradebookPort port, UiText text, Background background) {
        this.port = port;
        this.text = text;
        this.background = background;
        book.addListener((o, a, b) -> chooseBook(b));
        sheet.addListener((o, a, s) -> load());
        term.addListener((o, a, t) -> showColumns());
    }

    /** Reads the books the person may open and opens the first sheet that is theirs. */
    public void open() {
        error.set("");
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
        if (v == null || polling.get()) {
            return;
        }
        polling.set(true);
        SheetRef ref = ref(v);
        background.run(() -> port.changes(v.classId(), ref), n -> {
            polling.set(false);
            reachable();
            if (n > knownChanges.get() && matches(v)) {
                load();
            }
        }, failure -> {
            polling.set(false);
            failed(failure);
        });
    }

    /** The person started editing a cell: its value is kept as seen now, and a refresh leaves it alone. */
    public void startEdit(long pupilId, String slot) {
        if (shown.get() == null) {
            return;
        }
        String key = cellKey(shown.get(), pupilId, slot);
        editing.set(key);
        editingSeen.put(key, version(pupilId, slot));
    }

    public void cancelEdit() {
        if (editing.get() != null) {
            editingSeen.remove(editing.get());
        }
        editing.set(null);
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
        Integer seen = editingSeen.remove(key);
        editing.set(null);
        String why = whyReadOnly(row, column);
        if (why != null) {
            error.set(why);
            refreshCell(row, column);
            return;
        }
        String t = typedText == null ? "" : typedText.strip();
        Typed before = typed.get(key);
        if (before == null && t.equals(editText(row, column))) {
            return;
        }
        // an entry not sent yet keeps the version first seen; typing over a refused one is a new decision on what is there now
        int version = before != null && before.state() == State.UNSENT ? before.seen()
                : seen != null ? seen : version(row.pupilId(), column.slot());
        Typed entry = new Typed(v.classId(), v.area(), v.item(), row.pupilId(), column.slot(),
                ColumnKind.valueOf(column.kind()), t, version, State.SENDING, text.t("ws.cell.sending"));
        error.set("");
        send(List.of(entry));
    }

    /** Gửi lại: sends every entry not yet confirmed again (of any sheet), each with the version first seen. */
    public void retry() {
        List<Typed> again = typed.values().stream().filter(e -> e.state() != State.SENDING).toList();
        if (!again.isEmpty()) {
            send(again);
        }
    }

    private void send(List<Typed> entries) {
        List<Typed> sending = entries.stream().map(e -> e.with(State.SENDING, text.t("ws.cell.sending"))).toList();
        sending.forEach(this::keep);
        updateStatus();
        background.run(() -> {
            List<Object> outcomes = new ArrayList<>();
            for (Typed e : sending) {
                try {
                    outcomes.add(port.save(e.classId(), ref(e.area(), e.item()), List.of(edit(e))));
                } catch (RuntimeException failure) {
                    outcomes.add(failure);
                }
            }
            return outcomes;
        }, outcomes -> {
            for (int i = 0; i < sending.size(); i++) {
                settle(sending.get(i), outcomes.get(i));
            }
            updateStatus();
        }, this::failed);
    }

    private void settle(Typed e, Object outcome) {
        if (!e.sameEntry(typed.get(e.key()))) {
            return; // typed again meanwhile: the newer entry decides
        }
        switch (outcome) {
            case SaveAnswer saved -> {
                typed.remove(e.key());
                reachable();
                SheetView now = shown.get();
                if (now != null && matches(now) && now.classId() == e.classId() && now.area().equals(e.area())
                        && now.item().equals(e.item())) {
                    show(withRows(now, saved.rows()));
                    rowOf(e.pupilId()).ifPresent(r -> r.cell(e.slot()).set(new WorkstationCell(
                            r.cell(e.slot()).get().shown(), State.SAVED, text.t("ws.cell.saved"))));
                }
            }
            case EntriesRefused refused -> {
                reachable();
                CellProblem p = refused.problems().stream().filter(x -> x.pupilId() == e.pupilId()
                        && x.slot().equals(e.slot())).findFirst().orElse(refused.problems().getFirst());
                keep(e.with(State.REFUSED, reason(e, p)));
            }
            case DomainException d when d.code().equals("lan.unreachable") -> {
                banner.set(text.t("ws.banner.unreachable", text.error(d)));
                keep(e.with(State.UNSENT, text.t("ws.cell.unsent")));
            }
            case Throwable t -> keep(e.with(State.REFUSED, text.error(t)));
            default -> throw new IllegalStateException(String.valueOf(outcome));
        }
    }

    /** Keeps the entry and shows it in its cell when its sheet is the one shown. */
    private void keep(Typed e) {
        typed.put(e.key(), e);
        SheetView v = shown.get();
        if (v != null && cellKey(v, e.pupilId(), e.slot()).equals(e.key())) {
            rowOf(e.pupilId()).ifPresent(r -> r.cell(e.slot()).set(new WorkstationCell(e.text(), e.state(), e.note())));
        }
    }

    private String reason(Typed e, CellProblem p) {
        Object[] args = p.args().toArray();
        ColumnKind kind = e.kind();
        if (CONFLICT.equals(p.code()) && args.length > 1 && args[1] instanceof String v && !"—".equals(v) && kind != null) {
            args[1] = Marks.shown(kind, v, text);
        }
        String why = text.code(p.code(), args);
        return CONFLICT.equals(p.code()) ? why + " " + text.t("gradebook.conflict.yours", e.text()) : why;
    }

    private static CellEdit edit(Typed e) {
        return new CellEdit(e.pupilId(), e.slot(), Marks.typed(e.kind(), e.text()), e.seen());
    }

    /** Puts a sheet the office PC sent into the grid, leaving pending entries and the cell being edited alone. */
    private void show(SheetView v) {
        boolean same = shown.get() != null && shown.get().classId() == v.classId() && shown.get().area().equals(v.area())
                && shown.get().item().equals(v.item());
        shown.set(v);
        knownChanges.set(Math.max(same ? knownChanges.get() : -1, v.changes()));
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
        Typed mine = typed.get(key);
        if (mine != null) {
            r.cell(c.slot()).set(new WorkstationCell(mine.text(), mine.state(), mine.note()));
            return;
        }
        if (key.equals(editing.get())) {
            return;
        }
        CellView cell = cellOf(r.pupilId(), c.slot());
        WorkstationCell now = r.cell(c.slot()).get();
        String shownText = cell == null || cell.text() == null ? "" : shownText(c, cell.text());
        String note = cell == null ? "" : text.t("ws.cell.by", cell.enteredBy());
        if (now.state() == State.SAVED && now.shown().equals(shownText)) {
            return; // keeps "đã lưu" on the person's own confirmed entry
        }
        r.cell(c.slot()).set(new WorkstationCell(shownText, State.STORED, note));
    }

    private void failed(Throwable failure) {
        if (failure instanceof DomainException d && d.code().equals("lan.unreachable")) {
            banner.set(text.t("ws.banner.unreachable", text.error(d)));
        } else {
            error.set(text.error(failure));
        }
        updateStatus();
    }

    /** The office PC answered: no banner, or, while entries wait to be sent again, that the connection is back. */
    private void reachable() {
        long unsent = typed.values().stream().filter(e -> e.state() == State.UNSENT).count();
        banner.set(unsent == 0 ? "" : text.t("ws.banner.back", unsent));
    }

    private void updateStatus() {
        long unsent = typed.values().stream().filter(e -> e.state() == State.UNSENT).count();
        long refused = typed.values().stream().filter(e -> e.state() == State.REFUSED).count();
        long sending = typed.size() - unsent - refused;
        status.set(typed.isEmpty() ? (shown.get() == null ? "" : text.t("ws.status.allSaved"))
                : text.t("ws.status.pending", sending, unsent, refused));
    }

    private String editText(WorkstationRow row, ColumnView c) {
        CellView cell = cellOf(row.pupilId(), c.slot());
        return cell == null || cell.text() == null ? "" : shownText(c, cell.text());
    }

    private String shownText(ColumnView c, String canonical) {
        ColumnKind kind = kind(c.slot());
        return kind == null ? canonical : Marks.shown(kind, canonical, text);
    }

    private ColumnKind kind(String slot) {
        SheetView v = shown.get();
        return v == null ? null : v.columns().stream().filter(c -> c.slot().equals(slot)).findFirst()
                .map(c -> ColumnKind.valueOf(c.kind())).orElse(null);
    }

    private CellView cellOf(long pupilId, String slot) {
        SheetView v = shown.get();
        return v == null ? null : v.rows().stream().filter(r -> r.pupilId() == pupilId).findFirst()
                .map(r -> r.cells().get(slot)).orElse(null);
    }

    private int version(long pupilId, String slot) {
        CellView c = cellOf(pupilId, slot);
        return c == null ? 0 : c.version();
    }

    private Optional<WorkstationRow> rowOf(long pupilId) {
        return rows.stream().filter(r -> r.pupilId() == pupilId).findFirst();
    }

    /** The sheet shown with the rows a save answered (their cells and new versions) in place of the old ones. */
    private static SheetView withRows(SheetView v, List<RowView> saved) {
        Map<Long, RowView> byPupil = new HashMap<>();
        saved.forEach(r -> byPupil.put(r.pupilId(), r));
        return new SheetView(v.classId(), v.className(), v.area(), v.item(), v.editable(), v.columns(),
                v.rows().stream().map(r -> byPupil.getOrDefault(r.pupilId(), r)).toList(), v.changes());
    }

    private boolean matches(SheetView v) {
        BookView b = book.get();
        SheetChoiceView s = sheet.get();
        return b != null && s != null && b.classId() == v.classId() && s.area().equals(v.area())
                && s.item().equals(v.item());
    }

    private static SheetRef ref(SheetChoiceView s) {
        return ref(s.area(), s.item());
    }

    private static SheetRef ref(SheetView v) {
        return ref(v.area(), v.item());
    }

    private static SheetRef ref(String area, String item) {
        return switch (Area.valueOf(area)) {
            case SUBJECT -> SheetRef.subject(item);
            case CONDUCT -> SheetRef.conduct();
            case QUALITY -> SheetRef.qualities();
        };
    }

    private static String cellKey(SheetView v, long pupilId, String slot) {
        return cellKey(v.classId(), v.area(), v.item(), pupilId, slot);
    }

    private static String cellKey(long classId, String area, String item, long pupilId, String slot) {
        return classId + "/" + area + "/" + item + "|" + pupilId + "/" + slot;
    }

    /** The label of a sheet in the picker: the subject's name, or conduct / qualities; "(chỉ xem)" when not theirs. */
    public String label(SheetChoiceView s) {
        String name = s.subjectName() != null ? s.subjectName() : text.t(s.area().equals(Area.CONDUCT.name())
                ? "gradebook.sheet.conduct" : "gradebook.sheet.qualities");
        return s.editable() ? name : text.t("gradebook.sheet.readOnly", name);
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
