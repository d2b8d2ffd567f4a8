package vn.sotruong.core.correction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.EntryKey;
import vn.sotruong.core.gradebook.SheetRef;

/** The cells that approved minutes open, each for its approved value only (the gradebook's lock check asks). */
public final class ApprovedCorrections {
    private final CorrectionStore store;

    public ApprovedCorrections(CorrectionStore store) {
        this.store = store;
    }

    public Map<EntryKey, String> grants(ClassBook book, SheetRef ref) {
        return grants(approved(book.schoolClass().yearId()), book, ref);
    }

    /** The year's approved minutes (read once for the sheets of one save). */
    public List<CorrectionMinute> approved(long yearId) {
        return store.inStatus(yearId, MinuteStatus.APPROVED);
    }

    /** The cells of the sheet that the given approved minutes open, each for its value. */
    public static Map<EntryKey, String> grants(List<CorrectionMinute> approved, ClassBook book, SheetRef ref) {
        Map<EntryKey, String> g = new HashMap<>();
        for (CorrectionMinute m : approved) {
            if (m.classId() != book.schoolClass().id()) {
                continue;
            }
            for (CorrectionItem i : m.items()) {
                if (i.cell().area() == ref.area() && i.cell().item().equals(ref.item())) {
                    g.put(i.cell(), i.newValue());
                }
            }
        }
        return g;
    }
}
