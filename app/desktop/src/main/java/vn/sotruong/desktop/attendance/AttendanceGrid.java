package vn.sotruong.desktop.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import vn.sotruong.core.attendance.AbsenceCounting;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.ClassDay;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.core.attendance.MarkCells;
import vn.sotruong.server.wire.Wire.AttendanceMonthView;
import vn.sotruong.server.wire.Wire.MarkCellView;
import vn.sotruong.server.wire.Wire.MarkEditView;
import vn.sotruong.server.wire.Wire.MarkRowView;
import vn.sotruong.server.wire.Wire.MarkView;
import vn.sotruong.server.wire.Wire.TallyView;

/**
 * The month being edited: one {@link GridRow} a pupil, one column a school day and session, every cell
 * present until a code is typed. Knows which cells differ from what was read (and at which version), so a save
 * sends just those.
 */
public final class AttendanceGrid {
    private final AttendanceMonthView month;
    private final List<ClassDay> columns = new ArrayList<>();
    private final List<DaySession> sessions;
    private final List<GridRow> rows = new ArrayList<>();
    private final Map<Long, AbsenceTally> yearBefore = new HashMap<>();
    private final ObservableSet<ClassDay> changed = FXCollections.observableSet();
    private final Consumer<AttendanceGrid> edited;

    public AttendanceGrid(AttendanceMonthView month) {
        this(month, g -> { });
    }

    /** @param edited told after every change of what is typed (a code put in, a save's answer, "Bỏ") */
    public AttendanceGrid(AttendanceMonthView month, Consumer<AttendanceGrid> edited) {
        this.month = month;
        this.edited = edited;
        this.sessions = month.sessions().stream().map(DaySession::valueOf).toList();
        for (String d : month.days()) {
            for (DaySession s : sessions) {
                columns.add(new ClassDay(LocalDate.parse(d), s));
            }
        }
        int stt = 1;
        for (MarkRowView p : month.rows()) {
            GridRow row = new GridRow(stt++, p.pupilId(), p.pupilCode(), p.fullName(), columns.size());
            for (int c = 0; c < columns.size(); c++) {
                ClassDay day = columns.get(c);
                MarkView cell = p.cells().get(MarkCells.key(day.date(), day.session()));
                row.init(c, !p.notEnrolled().contains(day.date().toString()),
                        cell == null || cell.code() == null ? null : AttendanceCode.ofLetter(cell.code()).orElse(null),
                        cell == null ? 0 : cell.version());
            }
            // the year without this month, so the column follows the edits
            AbsenceTally inMonth = AbsenceCounting.tally(row.marks(columns, true));
            TallyView y = p.year();
            yearBefore.put(p.pupilId(), minus(new AbsenceTally(y.excused(), y.unexcused(), y.late()), inMonth));
            row.recount(columns, yearBefore.get(p.pupilId()));
            rows.add(row);
        }
    }

    public AttendanceMonthView month() {
        return month;
    }

    /** The sessions kept: Sáng, or Sáng and Chiều. */
    public List<DaySession> sessions() {
        return sessions;
    }

    /** The day-and-session columns, in order. */
    public List<ClassDay> columns() {
        return List.copyOf(columns);
    }

    public List<GridRow> rows() {
        return List.copyOf(rows);
    }

    public boolean editable() {
        return month.editable();
    }

    /**
     * Puts a code (null: present) in a cell; false when the cell takes none (the pupil was not in the
     * class that day, or the reader may not enter this class).
     */
    public boolean set(int row, int column, AttendanceCode code) {
        GridRow r = rows.get(row);
        if (!editable() || !r.open(column)) {
            return false;
        }
        r.cell(column).set(code);
        r.unsent(column).set(false);
        r.recount(columns, yearBefore.get(r.pupilId()));
        recheck(column);
        edited.accept(this);
        return true;
    }

    /**
     * Puts back a cell kept on this computer from an earlier session, with the version seen then; false when this
     * month has no such open cell (it stays kept where it was).
     */
    boolean restore(UnsentMark m) {
        int c = columns.indexOf(new ClassDay(m.day(), m.session()));
        GridRow r = rowOf(m.pupilId()).orElse(null);
        if (m.classId() != month.classId() || !m.month().equals(month.month()) || c < 0 || r == null || !editable()
                || !r.open(c)) {
            return false;
        }
        r.restore(c, m.typed(), m.seen(), m.sent());
        r.recount(columns, yearBefore.get(r.pupilId()));
        recheck(c);
        return true;
    }

    private void recheck(int column) {
        ClassDay day = columns.get(column);
        if (rows.stream().anyMatch(x -> x.differs(column))) {
            changed.add(day);
        } else {
            changed.remove(day);
        }
    }

    /** The days and sessions that differ from what was read. */
    public ObservableSet<ClassDay> changed() {
        return changed;
    }

    /** The changed columns of one date (its morning and afternoon). */
    public List<ClassDay> changedOn(LocalDate date) {
        return columns.stream().filter(changed::contains).filter(d -> d.date().equals(date)).toList();
    }

    /** The typed cells of these days and sessions, each with the version it was read at. */
    public List<MarkEditView> edits(List<ClassDay> days) {
        List<MarkEditView> out = new ArrayList<>();
        for (ClassDay d : days) {
            int c = columns.indexOf(d);
            for (GridRow r : rows) {
                if (r.open(c) && r.differs(c)) {
                    AttendanceCode code = r.cell(c).get();
                    out.add(new MarkEditView(r.pupilId(), MarkCells.key(d.date(), d.session()),
                            code == null ? null : code.letter(), r.version(c)));
                }
            }
        }
        return out;
    }

    /** After a save: the sent cells hold what is stored, at the versions the answer gives. */
    public void saved(List<MarkEditView> sent, List<MarkCellView> answer) {
        Map<String, Integer> versions = new HashMap<>();
        answer.forEach(a -> versions.put(a.pupilId() + "/" + a.cell(), a.version()));
        for (MarkEditView e : sent) {
            int c = column(e.cell());
            rowOf(e.pupilId()).ifPresent(r -> r.keep(c, versions.getOrDefault(e.pupilId() + "/" + e.cell(),
                    r.version(c))));
            recheck(c);
        }
        edited.accept(this);
    }

    /** The sent cells could not reach the office PC: they stay typed and are shown "chưa lưu". */
    public void unsent(List<MarkEditView> sent) {
        for (MarkEditView e : sent) {
            int c = column(e.cell());
            rowOf(e.pupilId()).ifPresent(r -> r.unsent(c).set(true));
        }
        edited.accept(this);
    }

    /** How many typed cells wait to be sent again. */
    public long unsentCount() {
        long n = 0;
        for (GridRow r : rows) {
            for (int c = 0; c < columns.size(); c++) {
                if (r.unsent(c).get()) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * A typed cell not saved yet: its pupil, day and session, the code typed (null: present), whether a send failed,
     * the version it was typed over.
     */
    public record Typed(GridRow row, ClassDay day, AttendanceCode code, boolean unsent, int seen) {
    }

    /** Every typed cell that differs from what is stored, pupil by pupil. */
    public List<Typed> typed() {
        List<Typed> out = new ArrayList<>();
        for (GridRow r : rows) {
            for (int c = 0; c < columns.size(); c++) {
                if (r.open(c) && r.differs(c)) {
                    out.add(new Typed(r, columns.get(c), r.cell(c).get(), r.unsent(c).get(), r.version(c)));
                }
            }
        }
        return out;
    }

    /** Bỏ: every typed cell shows what is stored again. */
    public void revert() {
        for (GridRow r : rows) {
            for (int c = 0; c < columns.size(); c++) {
                if (r.differs(c) || r.unsent(c).get()) {
                    r.revert(c);
                }
            }
            r.recount(columns, yearBefore.get(r.pupilId()));
        }
        changed.clear();
        edited.accept(this);
    }

    private int column(String cell) {
        ClassDay d = MarkCells.parse(cell).orElseThrow();
        return columns.indexOf(d);
    }

    private java.util.Optional<GridRow> rowOf(long pupilId) {
        return rows.stream().filter(r -> r.pupilId() == pupilId).findFirst();
    }

    /** The class's month as the grid holds it: P, K, M totals. */
    public AbsenceTally classTotals() {
        return rows.stream().map(r -> r.monthProperty().get()).reduce(AbsenceTally.NONE, AbsenceTally::plus);
    }

    private static AbsenceTally minus(AbsenceTally year, AbsenceTally month) {
        return new AbsenceTally(Math.max(0, year.excused() - month.excused()),
                Math.max(0, year.unexcused() - month.unexcused()), Math.max(0, year.late() - month.late()));
    }
}
