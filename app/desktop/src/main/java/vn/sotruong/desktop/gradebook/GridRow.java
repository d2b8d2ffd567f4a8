package vn.sotruong.desktop.gradebook;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.sotruong.core.gradebook.RosterRow;

/**
 * A pupil's line of the entry grid. Each cell is its own property, so a save updates the cells in
 * place and the table keeps its selection and scroll position.
 */
public final class GridRow {
    private final int stt;
    private final RosterRow pupil;
    private final Map<String, ObjectProperty<GridCell>> cells = new LinkedHashMap<>();

    GridRow(int stt, RosterRow pupil, List<GridColumn> columns) {
        this.stt = stt;
        this.pupil = pupil;
        columns.forEach(c -> cells.put(c.key(), new SimpleObjectProperty<>(GridCell.BLANK)));
    }

    public int stt() {
        return stt;
    }

    public long pupilId() {
        return pupil.pupilId();
    }

    public String name() {
        return pupil.pupil().fullName();
    }

    public String code() {
        return pupil.pupil().code();
    }

    /** False for a pupil who left the class: shown greyed, read-only. */
    public boolean current() {
        return pupil.current();
    }

    public LocalDate leftOn() {
        return pupil.leftOn();
    }

    public ObjectProperty<GridCell> cell(String key) {
        ObjectProperty<GridCell> p = cells.get(key);
        if (p == null) {
            throw new IllegalArgumentException("no column " + key);
        }
        return p;
    }
}
