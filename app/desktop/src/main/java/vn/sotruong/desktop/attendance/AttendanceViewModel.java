package vn.sotruong.desktop.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
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
import javafx.collections.SetChangeListener;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.attendance.ClassDay;
import vn.sotruong.core.attendance.MarkCells;
import vn.sotruong.core.attendance.MarkProblem;
import vn.sotruong.core.attendance.MarksRefused;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.common.SessionEnd;
import vn.sotruong.desktop.common.UnsentShelf;
import vn.sotruong.desktop.common.UnsentSource;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.server.wire.Wire.AttendanceClassView;
import vn.sotruong.server.wire.Wire.MarkEditView;

/**
 * Điểm danh: a class's month as a grid to type into, read and saved through an {@link AttendancePort} — this
 * computer's store or the office PC's over the LAN, the page does not know which. A save sends the typed cells of a
 * day or of the month with the versions read, all or nothing. When the office PC cannot be reached the cells stay
 * typed and are shown "chưa lưu" until "Gửi lại" sends them again (a retry after a lost answer is saved once). A
 * homeroom teacher sees only their class; the office and the school's leaders choose any class; the services decide
 * who may save. Leaving a workstation asks about the typed cells not saved yet ({@link UnsentSource}); on a
 * workstation they are also kept on this computer through a session end or a crash ({@link KeptMarks}).
 */
public final class AttendanceViewModel implements UnsentSource {
    private static final String UNREACHABLE = "lan.unreachable";

    private final AttendancePort port;
    private final UiText text;
    private final LocalDate today;
    private final Background background;
    private final StringProperty year = new SimpleStringProperty("—");
    private final ObservableList<AttendanceClassView> classes = FXCollections.observableArrayList();
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<AttendanceClassView> schoolClass = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<AttendanceGrid> grid = new SimpleObjectProperty<>();
    private final LongProperty knownChanges = new SimpleLongProperty(-1);
    private final BooleanProperty unsaved = new SimpleBooleanProperty(false);
    private final BooleanProperty twoSessions = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty pending = new SimpleStringProperty("");
    private final StringProperty totals = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final StringProperty banner = new SimpleStringProperty("");
    private final ObjectProperty<DomainException> sessionEnded = new SimpleObjectProperty<>();
    private final KeptMarks kept;
    /** Why the office PC refused a typed cell at the last save, by pupil and cell key. */
    private final Map<String, String> refused = new HashMap<>();

    public AttendanceViewModel(AttendancePort port, UiText text, LocalDate today, Background background) {
        this(port, text, today, background, UnsentShelf.none());
    }

    /** @param shelf where the person's cells not confirmed are kept on this computer (a workstation's data folder) */
    public AttendanceViewModel(AttendancePort port, UiText text, LocalDate today, Background background,
                               UnsentShelf<UnsentMark> shelf) {
        this.port = port;
        this.text = text;
        this.today = today;
        this.background = background;
        this.kept = new KeptMarks(shelf, port, text, background);
        schoolClass.addListener((o, a, c) -> load());
        month.addListener((o, a, m) -> load());
    }

    /** The page on this computer's own store (the office PC, or a desktop on its own), opened. */
    public static AttendanceViewModel local(vn.sotruong.desktop.common.Session session, UiText text) {
        AttendanceViewModel vm = new AttendanceViewModel(new LocalAttendance(session.services(), session.actor()), text,
                session.today(), Background.direct());
        vm.open();
        return vm;
    }

    /**
     * Takes back the person's cells kept on this computer from an earlier session (a session end, a crash): they are
     * listed as not saved, shown in the grid when their month is opened, and sent by "Gửi lại". Returns how many.
     */
    public int restoreKept() {
        return kept.restore().size();
    }

    /** Reads the classes and months the person may open and shows the first class in this month. */
    public void open() {
        background.run(port::books, books -> {
            year.set(books.year());
            List<YearMonth> list = books.months().stream().map(YearMonth::parse).toList();
            months.setAll(list);
            classes.setAll(books.classes());
            YearMonth now = YearMonth.from(today);
            month.set(list.contains(now) ? now : list.isEmpty() ? null
                    : now.isAfter(list.getLast()) ? list.getLast() : list.getFirst());
            schoolClass.set(classes.isEmpty() ? null : classes.getFirst());
        }, this::failed);
    }

    /** Reads the chosen class's month again; unsaved typing is dropped. */
    public void load() {
        error.set("");
        AttendanceClassView c = schoolClass.get();
        YearMonth m = month.get();
        if (c == null || m == null) {
            grid.set(null);
            refreshState();
            return;
        }
        background.run(() -> port.month(c.classId(), m), view -> {
            if (c != schoolClass.get() || !m.equals(month.get())) {
                return; // another class or month was chosen meanwhile
            }
            refused.clear();
            AttendanceGrid g = new AttendanceGrid(view, this::typedChanged);
            kept.apply(g);
            g.changed().addListener((SetChangeListener<ClassDay>) ch -> refreshState());
            g.rows().forEach(r -> r.monthProperty().addListener((o, a, t) -> refreshState()));
            knownChanges.set(view.changes());
            twoSessions.set(g.sessions().size() == 2);
            grid.set(g);
            kept.keep(g);
            reachable();
            refreshState();
        }, e -> {
            grid.set(null);
            failed(e);
        });
    }

    /** Asks whether someone changed the open month; reads it again when so and nothing typed waits here. */
    public void poll() {
        AttendanceGrid g = grid.get();
        if (g == null || busy.get() || !g.changed().isEmpty()) {
            return;
        }
        long classId = g.month().classId();
        YearMonth m = YearMonth.parse(g.month().month());
        busy.set(true);
        background.run(() -> port.changes(classId, m), n -> {
            busy.set(false);
            reachable();
            if (n > knownChanges.get() && grid.get() == g && g.changed().isEmpty()) {
                load();
            }
        }, e -> {
            busy.set(false);
            failed(e);
        });
    }

    /** Saves the changed sessions of one date. */
    public boolean saveDay(LocalDate date) {
        AttendanceGrid g = grid.get();
        return g != null && save(g, g.changedOn(date), () -> { });
    }

    /** Saves every changed day of the month in one call; "Gửi lại" after a lost connection does the same. */
    public boolean saveMonth() {
        AttendanceGrid g = grid.get();
        return g != null && save(g, g.columns().stream().filter(g.changed()::contains).toList(), () -> { });
    }

    /** @param settled runs once the office PC answered (or could not be reached), or at once when nothing is typed */
    private boolean save(AttendanceGrid g, List<ClassDay> days, Runnable settled) {
        info.set("");
        error.set("");
        List<MarkEditView> edits = g.edits(days);
        if (edits.isEmpty()) {
            info.set(text.t("attendance.nothingToSave"));
            settled.run();
            return true;
        }
        long dates = days.stream().map(ClassDay::date).distinct().count();
        long classId = g.month().classId();
        YearMonth m = YearMonth.parse(g.month().month());
        AtomicBoolean done = new AtomicBoolean(false);
        busy.set(true);
        background.run(() -> port.save(classId, m, edits), answer -> {
            busy.set(false);
            g.saved(edits, answer.cells());
            knownChanges.set(Math.max(knownChanges.get(), answer.changes()));
            reachable();
            info.set(text.t("attendance.saved", dates));
            edits.forEach(x -> refused.remove(x.pupilId() + "/" + x.cell()));
            refreshState();
            done.set(true);
            settled.run();
        }, e -> {
            busy.set(false);
            if (e instanceof DomainException d && (d.code().equals(UNREACHABLE) || SessionEnd.ended(d))) {
                g.unsent(edits);
            }
            failed(e);
            settled.run();
        });
        return done.get();
    }

    /** The grid's typed cells changed: this computer's copy follows (the grid still shown only). */
    private void typedChanged(AttendanceGrid g) {
        if (g == grid.get()) {
            kept.keep(g);
        }
    }

    private void failed(Throwable e) {
        if (SessionEnd.ended(e) && sessionEnded.get() == null) {
            sessionEnded.set((DomainException) e);
        }
        if (e instanceof DomainException d && d.code().equals(UNREACHABLE)) {
            AttendanceGrid g = grid.get();
            long n = g == null ? 0 : g.unsentCount();
            banner.set(n == 0 ? text.t("attendance.lan.unreachable", text.error(e))
                    : text.t("attendance.lan.unsent", n, text.error(e)));
        } else if (e instanceof MarksRefused r) {
            r.problems().forEach(p -> refused.put(p.pupilId() + "/" + MarkCells.key(p.date(), p.session()),
                    text.code(p.code(), p.args().toArray())));
            error.set(text.t("attendance.refused", r.problems().size(), String.join("; ",
                    r.problems().stream().map(this::problem).toList())));
        } else {
            error.set(text.error(e));
        }
        refreshState();
    }

    /** "Lê Văn An, 23/11 sáng: Ô này vừa được … sửa thành P; …" */
    private String problem(MarkProblem p) {
        AttendanceGrid g = grid.get();
        String who = g == null ? "#" + p.pupilId() : g.rows().stream().filter(r -> r.pupilId() == p.pupilId())
                .map(GridRow::fullName).findFirst().orElse("#" + p.pupilId());
        return text.t("attendance.problem", who, text.date(p.date()), text.t("attendance.session." + p.session().name()),
                text.code(p.code(), p.args().toArray()));
    }

    /** The office PC answered: no banner, or, while cells wait to be sent again, that the connection is back. */
    private void reachable() {
        AttendanceGrid g = grid.get();
        long n = g == null ? 0 : g.unsentCount();
        banner.set(n == 0 ? "" : text.t("attendance.lan.back", n));
    }

    private void refreshState() {
        AttendanceGrid g = grid.get();
        int changedDates = g == null ? 0 : (int) g.changed().stream().map(ClassDay::date).distinct().count();
        unsaved.set(changedDates > 0);
        pending.set(changedDates == 0 ? "" : text.t("attendance.pending", changedDates));
        if (g == null) {
            totals.set("");
            return;
        }
        AbsenceTally t = g.classTotals();
        totals.set(text.t("attendance.classTotals", g.rows().size(), t.excused(), t.unexcused(), t.late(),
                t.absences()));
    }

    /**
     * The typed cells of the open month the office PC has not confirmed: sent and lost on the way (chưa lưu: mất kết
     * nối), refused (with why), or not saved yet with "Lưu ngày" / "Lưu cả tháng".
     */
    @Override
    public List<Row> unsentRows() {
        AttendanceGrid g = grid.get();
        List<Row> rows = new java.util.ArrayList<>();
        if (g != null && g.editable()) {
            g.typed().forEach(c -> rows.add(kept.row(KeptMarks.mark(g, c), state(c))));
        }
        rows.addAll(kept.rows());
        return rows;
    }

    private String state(AttendanceGrid.Typed c) {
        String why = refused.get(c.row().pupilId() + "/" + MarkCells.key(c.day().date(), c.day().session()));
        return why != null ? text.t("ws.unsent.state.REFUSED") + ": " + why
                : c.unsent() ? text.t("ws.cell.unsent") : text.t("ws.unsent.typed");
    }

    /**
     * Gửi lại: saves every typed day of the open month in one call, as "Lưu cả tháng", and the cells kept from an
     * earlier session of other months, month by month; {@code settled} runs once both are answered.
     */
    @Override
    public void sendAgain(Runnable settled) {
        AttendanceGrid g = grid.get();
        int[] left = {2};
        Runnable one = () -> {
            if (--left[0] == 0) {
                kept.keep(grid.get());
                refreshState();
                settled.run();
            }
        };
        if (g == null || g.changed().isEmpty()) {
            one.run();
        } else {
            save(g, g.columns().stream().filter(g.changed()::contains).toList(), one);
        }
        kept.send(one, this::failed);
    }

    /** Bỏ: the typed and kept cells are forgotten, the grid shows what is stored; each is written to this computer's log. */
    @Override
    public void discardUnsent() {
        AttendanceGrid g = grid.get();
        kept.discard(g == null ? List.of() : KeptMarks.of(g));
        if (g != null) {
            g.revert();
        }
        refused.clear();
        banner.set("");
        refreshState();
    }

    /** The session the office PC ended (its service restarted, idle time, computer-room hours), once seen; else null. */
    public ObjectProperty<DomainException> sessionEndedProperty() {
        return sessionEnded;
    }

    /** Today in the school's time zone: the grid opens on it when it is in the month. */
    public LocalDate today() {
        return today;
    }

    public ObservableList<AttendanceClassView> classes() {
        return classes;
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public String monthLabel(YearMonth m) {
        return m == null ? "" : text.t("attendance.month", m.getMonthValue(), String.valueOf(m.getYear()));
    }

    public StringProperty yearProperty() {
        return year;
    }

    /** True when the school keeps the afternoon too (read with the month). */
    public BooleanProperty twoSessionsProperty() {
        return twoSessions;
    }

    public ObjectProperty<AttendanceClassView> schoolClassProperty() {
        return schoolClass;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObjectProperty<AttendanceGrid> gridProperty() {
        return grid;
    }

    /** True while some typed day is not saved: changing class or month would lose it. */
    public BooleanProperty unsavedProperty() {
        return unsaved;
    }

    public StringProperty pendingProperty() {
        return pending;
    }

    public StringProperty totalsProperty() {
        return totals;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }

    /** "Không kết nối được máy văn phòng …" while cells wait to be sent again; empty otherwise. */
    public StringProperty bannerProperty() {
        return banner;
    }
}
