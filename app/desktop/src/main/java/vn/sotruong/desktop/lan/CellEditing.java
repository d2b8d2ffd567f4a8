package vn.sotruong.desktop.lan;

import java.util.HashMap;
import java.util.Map;

/**
 * Ô đang sửa: the cell being edited (a refresh leaves it alone) and the version each cell had when its editing
 * began (the version the save is checked against).
 */
final class CellEditing {
    private final Map<String, Integer> seen = new HashMap<>();
    private String editing;

    void start(String key, int version) {
        editing = key;
        seen.put(key, version);
    }

    void cancel() {
        if (editing != null) {
            seen.remove(editing);
        }
        editing = null;
    }

    /** Editing of the cell ended with what was typed: the version seen when it began, or null. */
    Integer finish(String key) {
        editing = null;
        return seen.remove(key);
    }

    boolean isEditing(String key) {
        return key.equals(editing);
    }
}
