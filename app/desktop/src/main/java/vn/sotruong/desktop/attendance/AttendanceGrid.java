package vn.sotruong.desktop.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.ClassDay;
import vn.sotruong.core.attendance.ClassMonth;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.core.pupil.Pupil;

/**
 * The month being edited: one {@link GridRow} a pupil, one column a school day and session, every cell
 * present until a code is typed. Knows which days differ from what is stored, so each can be saved
 * whole with one service call.
 */
public final class AttendanceGrid {
    private final ClassMonth month;
    private final List<ClassDay> columns = new ArrayList<>();
    private final List<GridRow> rows = new ArrayList<>();
    private final Map<Long, AbsenceTally> yearBefore;
    private final ObservableSet<ClassDay> changed = FXCollections.observableSet();

    /**
     * @param yearTotals each pupil's year tally as stored, month included, for the "cả năm" column
     */
    public AttendanceGrid(ClassMonth month, Map<Long, AbsenceTally> yearTotals) {
        this.month = month;
        for (LocalDate d : month.days()) {
            for (DaySession s : month.sessions()) {
                columns.add(new ClassDay(d, s));
            }
        }
        this.yearBefore = new HashMap<>();
        int stt = 1;
        for (Pupil p : month.pupils()) {
            GridRow row = new GridRow(stt++, p, columns.size());
            for (int c = 0; c < columns.size(); c++) {
                ClassDay day = columns.get(c);
                row.init(c, month.enrolledOn(p.id(), day.date()),
                        month.code(p.id(), day.date(), day.session()).orElse(null));
            }
            // the year without this month, so the column follows the edits
            yearBefore.put(p.id(), minus(yearTotals.getOrDefault(p.id(), AbsenceTally.NONE), month.tally(p.id())));
            row.recount(columns, yearBefore.get(p.id()));
            rows.add(row);
        }
    }

    public ClassMonth month() {
        return month;
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
        r.recount(columns, yearBefore.get(r.pupil().id()));
        ClassDay day = columns.get(column);
        boolean differs = rows.stream().anyMatch(x -> x.differs(column));
        if (differs) {
            changed.add(day);
        } else {
            changed.remove(day);
        }
        return true;
    }

    /** The days and sessions that differ from what is stored. */
    public ObservableSet<ClassDay> changed() {
        return changed;
    }

    /** The changed columns of one date (its morning and afternoon). */
    public List<ClassDay> changedOn(LocalDate date) {
        return columns.stream().filter(changed::contains).filter(d -> d.date().equals(date)).toList();
    }

    /** What the grid holds for a day and session: the pupils not simply present. */
    public Map<Long, AttendanceCode> codes(ClassDay day) {
        int c = columns.indexOf(day);
        Map<Long, AttendanceCode> out = new HashMap<>();
        for (GridRow r : rows) {
            AttendanceCode code = r.cell(c).get();
            if (code != null && r.open(c)) {
                out.put(r.pupil().id(), code);
            }
        }
        return out;
    }

    /** After a day was saved: what the grid holds for it is what is stored. */
    public void saved(ClassDay day) {
        int c = columns.indexOf(day);
        rows.forEach(r -> r.keep(c));
        changed.remove(day);
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
