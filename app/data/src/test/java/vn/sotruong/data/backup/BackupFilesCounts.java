package vn.sotruong.data.backup;

import java.util.Map;
import java.util.TreeMap;
import vn.sotruong.data.store.Store;

/** Rows per table of an open store, read from its own SQL snapshot, leaving out the named tables. */
final class BackupFilesCounts {
    private BackupFilesCounts() {
    }

    static Map<String, Long> without(Store store, String... tables) {
        SqlRowCounter counter = new SqlRowCounter();
        store.writeSqlSnapshot(counter::statement);
        Map<String, Long> counts = new TreeMap<>(counter.counts());
        for (String t : tables) {
            counts.remove(t);
        }
        return counts;
    }
}
