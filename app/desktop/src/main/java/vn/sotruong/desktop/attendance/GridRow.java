package vn.sotruong.desktop.attendance;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.sotruong.core.attendance.AbsenceCounting;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.attendance.ClassDay;

/**
 * A pupil's line of the month: a cell a day and session (null = present) with the version it was read at, whether it
 * waits to be sent again (chưa lưu), and the month's and year's totals.
 */
public final class GridRow {
    private final int stt;
    private final long pupilId;
    private final String pupilCode;
    private final String fullName;
    private final List<ObjectProperty<AttendanceCode>> cells = new ArrayList<>();
    private final List<BooleanProperty> unsent = new ArrayList<>();
    private final boolean[] open;
    private final AttendanceCode[] stored;
    private final int[] versions;
    /** The versions as read, for "Bỏ" on a cell restored with the version seen in an earlier session. */
    private final int[] read;
    private final ReadOnlyObjectWrapper<AbsenceTally> month = new ReadOnlyObjectWrapper<>(AbsenceTally.NONE);
    private final ReadOnlyObjectWrapper<AbsenceTally> year = new ReadOnlyObjectWrapper<>(AbsenceTally.NONE);

    GridRow(int stt, long pupilId, String pupilCode, String fullName, int columns) {
        this.stt = stt;
        this.pupilId = pupilId;
        this.pupilCode = pupilCode;
        this.fullName = fullName;
        this.open = new boolean[columns];
        this.stored = new AttendanceCode[columns];
        this.versions = new int[columns];
        this.read = new int[columns];
        for (int i = 0; i < columns; i++) {
            cells.add(new SimpleObjectProperty<>());
            unsent.add(new SimpleBooleanProperty(false));
        }
    }

    void init(int column, boolean enrolled, AttendanceCode code, int version) {
        open[column] = enrolled;
        stored[column] = code;
        versions[column] = version;
        read[column] = version;
        cells.get(column).set(code);
    }

    /** A cell kept on this computer from before: typed again, to be sent with the version seen back then. */
    void restore(int column, AttendanceCode code, int seen, boolean sent) {
        cells.get(column).set(code);
        versions[column] = seen;
        unsent.get(column).set(sent);
    }

    /** Recounts the month from the cells (one buổi a day, as Art 12 counts) and the year on top of the rest. */
    void recount(List<ClassDay> columns, AbsenceTally yearWithoutMonth) {
        AbsenceTally t = AbsenceCounting.tally(marks(columns, false));
        month.set(t);
        year.set(yearWithoutMonth.plus(t));
    }

    /** The row's marks: as typed, or as stored. */
    List<AttendanceMark> marks(List<ClassDay> columns, boolean asStored) {
        List<AttendanceMark> marks = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            AttendanceCode code = asStored ? stored[c] : cells.get(c).get();
            if (code != null) {
                marks.add(new AttendanceMark(pupilId, columns.get(c).date(), columns.get(c).session(), code));
            }
        }
        return marks;
    }

    boolean differs(int column) {
        return cells.get(column).get() != stored[column];
    }

    /** The cell is saved: what it shows is stored, at {@code version}. */
    void keep(int column, int version) {
        stored[column] = cells.get(column).get();
        versions[column] = version;
        read[column] = version;
        unsent.get(column).set(false);
    }

    /** Bỏ: the cell shows what is stored again, nothing waits to be sent. */
    void revert(int column) {
        cells.get(column).set(stored[column]);
        versions[column] = read[column];
        unsent.get(column).set(false);
    }

    /** The version of the cell the person saw when the month was read (0: never changed). */
    int version(int column) {
        return versions[column];
    }

    public int stt() {
        return stt;
    }

    public long pupilId() {
        return pupilId;
    }

    public String pupilCode() {
        return pupilCode;
    }

    public String fullName() {
        return fullName;
    }

    /** The cell's code; null while the pupil was present. */
    public ObjectProperty<AttendanceCode> cell(int column) {
        return cells.get(column);
    }

    /** Chưa lưu: the cell was typed, sent, and the office PC could not be reached; "Gửi lại" sends it again. */
    public BooleanProperty unsent(int column) {
        return unsent.get(column);
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
