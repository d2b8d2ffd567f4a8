package vn.sotruong.desktop.attendance;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import vn.sotruong.core.attendance.AbsenceCounting;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.attendance.ClassDay;
import vn.sotruong.core.pupil.Pupil;

/** A pupil's line of the month: a cell a day and session (null = present), and the month's and year's totals. */
public final class GridRow {
    private final int stt;
    private final Pupil pupil;
    private final List<ObjectProperty<AttendanceCode>> cells = new ArrayList<>();
    private final boolean[] open;
    private final AttendanceCode[] stored;
    private final ReadOnlyObjectWrapper<AbsenceTally> month = new ReadOnlyObjectWrapper<>(AbsenceTally.NONE);
    private final ReadOnlyObjectWrapper<AbsenceTally> year = new ReadOnlyObjectWrapper<>(AbsenceTally.NONE);

    GridRow(int stt, Pupil pupil, int columns) {
        this.stt = stt;
        this.pupil = pupil;
        this.open = new boolean[columns];
        this.stored = new AttendanceCode[columns];
        for (int i = 0; i < columns; i++) {
            cells.add(new SimpleObjectProperty<>());
        }
    }

    void init(int column, boolean enrolled, AttendanceCode code) {
        open[column] = enrolled;
        stored[column] = code;
        cells.get(column).set(code);
    }

    /** Recounts the month from the cells (one buổi a day, as Art 12 counts) and the year on top of the rest. */
    void recount(List<ClassDay> columns, AbsenceTally yearWithoutMonth) {
        List<AttendanceMark> marks = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            AttendanceCode code = cells.get(c).get();
            if (code != null) {
                marks.add(new AttendanceMark(pupil.id(), columns.get(c).date(), columns.get(c).session(), code));
            }
        }
        AbsenceTally t = AbsenceCounting.tally(marks);
        month.set(t);
        year.set(yearWithoutMonth.plus(t));
    }

    boolean differs(int column) {
        return cells.get(column).get() != stored[column];
    }

    void keep(int column) {
        stored[column] = cells.get(column).get();
    }

    public int stt() {
        return stt;
    }

    public Pupil pupil() {
        return pupil;
    }

    /** The cell's code; null while the pupil was present. */
    public ObjectProperty<AttendanceCode> cell(int column) {
        return cells.get(column);
    }

    /** False for days the pupil was not in the class (before arriving, after leaving). */
    public boolean open(int column) {
        return open[column];
    }

    public ReadOnlyObjectProperty<AbsenceTally> monthProperty() {
        return month.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AbsenceTally> yearProperty() {
        return year.getReadOnlyProperty();
    }
}
