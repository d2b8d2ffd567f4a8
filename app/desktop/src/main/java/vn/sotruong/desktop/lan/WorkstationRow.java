package vn.sotruong.desktop.lan;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A pupil's line of the workstation grid; each cell a property, so a refresh changes cells in place. */
public final class WorkstationRow {
    private final int number;
    private final long pupilId;
    private final String name;
    private final boolean current;
    private final Map<String, ObjectProperty<WorkstationCell>> cells = new HashMap<>();

    WorkstationRow(int number, long pupilId, String name, boolean current) {
        this.number = number;
        this.pupilId = pupilId;
        this.name = name;
        this.current = current;
    }

    public int number() {
        return number;
    }

    public long pupilId() {
        return pupilId;
    }

    public String name() {
        return name;
    }

    /** False for a pupil who left the class: read-only. */
    public boolean current() {
        return current;
    }

    public ObjectProperty<WorkstationCell> cell(String slot) {
        return cells.computeIfAbsent(slot, k -> new SimpleObjectProperty<>(WorkstationCell.EMPTY));
    }
}
