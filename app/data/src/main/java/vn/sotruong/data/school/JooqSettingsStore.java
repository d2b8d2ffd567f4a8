package vn.sotruong.data.school;

import static vn.sotruong.data.jooq.Tables.SCHOOL_SETTING;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.sotruong.core.school.SettingsStore;
import vn.sotruong.data.jdbc.JooqTransactions;

public final class JooqSettingsStore implements SettingsStore {
    private final JooqTransactions tx;

    public JooqSettingsStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<String> get(String key) {
        return tx.dsl().select(SCHOOL_SETTING.SETTING_VALUE).from(SCHOOL_SETTING)
                .where(SCHOOL_SETTING.SETTING_KEY.eq(key)).fetchOptional(SCHOOL_SETTING.SETTING_VALUE);
    }

    @Override
    public void put(String key, String value) {
        tx.dsl().mergeInto(SCHOOL_SETTING).using(tx.dsl().selectOne()).on(SCHOOL_SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(SCHOOL_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(SCHOOL_SETTING.SETTING_KEY, SCHOOL_SETTING.SETTING_VALUE).values(key, value)
                .execute();
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> m = new TreeMap<>();
        tx.dsl().selectFrom(SCHOOL_SETTING).forEach(r -> m.put(r.getSettingKey(), r.getSettingValue()));
        return m;
    }
}
