package vn.sotruong.core.gradebook;

import java.util.List;
import java.util.Optional;

/**
 * A sheet of a class's book as the entry grid and the Excel files show it: its columns and one row per
 * pupil, and whether the person reading may change it.
 */
public record Sheet(ClassBook book, SheetRef ref, List<Column> columns, List<SheetRow> rows, boolean editable) {
    public Sheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public Optional<Column> column(String slot) {
        return columns.stream().filter(c -> c.slot().equals(slot)).findFirst();
    }

    public Optional<SheetRow> row(long pupilId) {
        return rows.stream().filter(r -> r.pupil().pupilId() == pupilId).findFirst();
    }
}
