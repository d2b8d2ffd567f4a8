package vn.sotruong.core.gradebook;

import java.util.List;
import java.util.Map;

/**
 * The locks in force on a sheet's columns today (the locks feature decides; the gradebook obeys on every path:
 * grid, import, command line).
 */
@FunctionalInterface
public interface CellLocks {
    CellLocks NONE = (book, ref, columns) -> Map.of();

    /** The locked columns of the sheet by slot, each with why; a column not in the map may be changed. */
    Map<String, ColumnLock> lockedColumns(ClassBook book, SheetRef ref, List<Column> columns);

    /**
     * Cells of the sheet that an approved correction minute opens, each for exactly one value (canonical text,
     * null = empty): the cell may take that value even in a locked column, and no other.
     */
    default Map<EntryKey, String> grants(ClassBook book, SheetRef ref) {
        return Map.of();
    }

    /**
     * These locks for one save of the year's sheets (inside its transaction, at one moment): the same answers as
     * this object's, with what they need of the year (decisions, deadlines, approved minutes) read once instead of
     * once per sheet. Asked again for every save; never kept across transactions.
     */
    default CellLocks forOneSave(long yearId) {
        return this;
    }
}
