package vn.sotruong.data.backup;

import java.util.function.LongSupplier;
import vn.sotruong.core.school.School;
import vn.sotruong.data.store.OlderDatabase;
import vn.sotruong.data.store.Store;

/**
 * What a backup is made of: whose data, at which schema, and the SQL snapshot itself — from an open
 * store, or from a store's database still at an older schema (the backup before a migration).
 *
 * @param schoolCode the Ministry code, or empty
 * @param rowEstimate about how many rows, for the progress bar only (0 when unknown)
 * @param signingState the data folder's signing files as backup entries ({@link SigningStateEntries})
 */
record BackupSource(String schoolName, String schoolCode, String schemaVersion, LongSupplier rowEstimate,
                    Snapshot snapshot, java.util.function.Supplier<java.util.Map<String, byte[]>> signingState) {
    BackupSource(String schoolName, String schoolCode, String schemaVersion, LongSupplier rowEstimate,
                 Snapshot snapshot) {
        this(schoolName, schoolCode, schemaVersion, rowEstimate, snapshot, java.util.Map::of);
    }

    /** Writes the whole database as SQL, one statement per call of the sink. */
    @FunctionalInterface
    interface Snapshot {
        void writeSql(Store.SqlSink sink);
    }

    static BackupSource of(Store store) {
        School school = store.services().setup().school();
        return new BackupSource(school.name(), school.moetCode() == null ? "" : school.moetCode(),
                Store.latestSchemaVersion(), store::rowEstimate, store::writeSqlSnapshot,
                () -> SigningStateEntries.collect(store.dataDir()));
    }

    /** A database before its migration; a store whose setup never finished is named "truong". */
    static BackupSource of(OlderDatabase old) {
        OlderDatabase.SchoolName school = old.school().orElse(new OlderDatabase.SchoolName("", ""));
        return new BackupSource(school.name(), school.moetCode(), old.schemaVersion(), old::rowEstimate,
                old::writeSqlSnapshot);
    }
}
