package vn.sotruong.core.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.correction.ApprovedCorrections;
import vn.sotruong.core.correction.CorrectionMinute;
import vn.sotruong.core.gradebook.CellLocks;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnLock;
import vn.sotruong.core.gradebook.EntryKey;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.locks.LockService;

/**
 * The locks the gradebook obeys: the lock decisions and the deadlines' automatic locks, opened cell by cell by
 * the approved correction minutes. Its own class so that whoever builds a gradebook service (the product, the
 * demo school with its own clock) enforces the same locks.
 */
public final class EnforcedCellLocks implements CellLocks {
    private final LockService locks;
    private final ApprovedCorrections approved;

    public EnforcedCellLocks(LockService locks, ApprovedCorrections approved) {
        this.locks = locks;
        this.approved = approved;
    }

    @Override
    public Map<String, ColumnLock> lockedColumns(ClassBook book, SheetRef ref, List<Column> columns) {
        return locks.lockedColumns(book, ref, columns);
    }

    @Override
    public Map<EntryKey, String> grants(ClassBook book, SheetRef ref) {
        return approved.grants(book, ref);
    }

    /** The year's locks read once, and its approved minutes once when a sheet of the save has a locked column. */
    @Override
    public CellLocks forOneSave(long yearId) {
        CellLocks year = locks.forOneSave(yearId);
        List<List<CorrectionMinute>> minutes = new ArrayList<>(1);
        return new CellLocks() {
            @Override
            public Map<String, ColumnLock> lockedColumns(ClassBook book, SheetRef ref, List<Column> columns) {
                return year.lockedColumns(book, ref, columns);
            }

            @Override
            public Map<EntryKey, String> grants(ClassBook book, SheetRef ref) {
                if (book.schoolClass().yearId() != yearId) {
                    return approved.grants(book, ref);
                }
                if (minutes.isEmpty()) {
                    minutes.add(approved.approved(yearId));
                }
                return ApprovedCorrections.grants(minutes.getFirst(), book, ref);
            }
        };
    }
}
