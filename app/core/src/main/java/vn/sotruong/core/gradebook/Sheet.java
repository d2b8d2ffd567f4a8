package vn.sotruong.core.gradebook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sheet of a class's book as the entry grid and the Excel files show it: its columns and one row per
 * pupil, whether the person reading may change it, and the columns locked today (by slot, with why).
 */
public record Sheet(ClassBook book, SheetRef ref, List<Column> columns, List<SheetRow> rows, boolean editable,
                    Map<String, ColumnLock> locks) {
    public Sheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        locks = Map.copyOf(locks);
    }

    public boolean locked(String slot) {
        return locks.containsKey(slot);
    }

    public Optional<Column> column(String slot) {
        return columns.stream().filter(c -> c.slot().equals(slot)).findFirst();
    }

    public Optional<SheetRow> row(long pupilId) {
        return rows.stream().filter(r -> r.pupil().pupilId() == pupilId).findFirst();
    }
}
