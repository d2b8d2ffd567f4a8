package vn.sotruong.data.gradebook;

import static vn.sotruong.data.jooq.Tables.ASSESSMENT_CHANGE;
import static vn.sotruong.data.jooq.Tables.ASSESSMENT_ENTRY;
import static vn.sotruong.data.jooq.Tables.ASSESSMENT_SETTING;
import static vn.sotruong.data.jooq.Tables.RESULT_APPROVAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.Approval;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.Entry;
import vn.sotruong.core.gradebook.EntryChange;
import vn.sotruong.core.gradebook.EntryKey;
import vn.sotruong.core.gradebook.EntryValue;
import vn.sotruong.core.gradebook.GradebookStore;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;
import vn.sotruong.data.jooq.tables.records.AssessmentChangeRecord;
import vn.sotruong.data.jooq.tables.records.AssessmentEntryRecord;

public final class JooqGradebookStore implements GradebookStore {
    private static final int BATCH = 500;
    private final JooqTransactions tx;

    public JooqGradebookStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Entry> entries(long yearId, Collection<Long> pupilIds) {
        return select(ASSESSMENT_ENTRY.YEAR_ID.eq(yearId), pupilIds);
    }

    @Override
    public List<Entry> entries(long yearId, Collection<Long> pupilIds, Area area, String item) {
        return select(ASSESSMENT_ENTRY.YEAR_ID.eq(yearId).and(ASSESSMENT_ENTRY.AREA.eq(area.code()))
                .and(ASSESSMENT_ENTRY.ITEM.eq(item)), pupilIds);
    }

    private List<Entry> select(Condition where, Collection<Long> pupilIds) {
        if (pupilIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(pupilIds);
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            // the ids inlined: with bind values jOOQ writes IN (CAST(? AS BIGINT), …), which H2 cannot look up in the
            // pupil index, so every read of a class scanned all the year's entries
            List<Field<Long>> batch = ids.subList(i, Math.min(ids.size(), i + BATCH)).stream()
                    .<Field<Long>>map(DSL::inline).toList();
            out.addAll(tx.dsl().selectFrom(ASSESSMENT_ENTRY)
                    .where(where.and(ASSESSMENT_ENTRY.PUPIL_ID.in(batch)))
                    .fetch(JooqGradebookStore::entry));
        }
        return out;
    }

    /**
     * Version 1 is a new cell (insert); a later version replaces the stored one only if it still holds the
     * version before it, so two saves racing on one cell cannot both win.
     */
    @Override
    public void put(long yearId, List<Entry> entries) {
        List<Entry> inserts = entries.stream().filter(e -> e.version() == 1).toList();
        for (int i = 0; i < inserts.size(); i += BATCH) {
            var insert = tx.dsl().insertInto(ASSESSMENT_ENTRY, ASSESSMENT_ENTRY.YEAR_ID, ASSESSMENT_ENTRY.PUPIL_ID,
                    ASSESSMENT_ENTRY.AREA, ASSESSMENT_ENTRY.ITEM, ASSESSMENT_ENTRY.SLOT, ASSESSMENT_ENTRY.SCORE,
                    ASSESSMENT_ENTRY.MARK, ASSESSMENT_ENTRY.REMARK, ASSESSMENT_ENTRY.VERSION,
                    ASSESSMENT_ENTRY.ENTERED_BY, ASSESSMENT_ENTRY.ENTERED_AT);
            for (Entry e : inserts.subList(i, Math.min(inserts.size(), i + BATCH))) {
                EntryKey k = e.key();
                insert = insert.values(yearId, k.pupilId(), k.area().code(), k.item(), k.slot(), e.value().score(),
                        e.value().mark(), e.value().remark(), e.version(), e.enteredBy(), Timestamps.utc(e.enteredAt()));
            }
            try {
                insert.execute();
            } catch (org.jooq.exception.IntegrityConstraintViolationException raced) {
                // another save inserted the same new cell first: refused like a lost update race
                throw new DomainException("gradebook.changedMeanwhile", "", "—");
            }
        }
        List<Query> updates = new ArrayList<>();
        for (Entry e : entries) {
            if (e.version() > 1) {
                EntryKey k = e.key();
                updates.add(tx.dsl().update(ASSESSMENT_ENTRY).set(ASSESSMENT_ENTRY.SCORE, e.value().score())
                        .set(ASSESSMENT_ENTRY.MARK, e.value().mark()).set(ASSESSMENT_ENTRY.REMARK, e.value().remark())
                        .set(ASSESSMENT_ENTRY.VERSION, e.version()).set(ASSESSMENT_ENTRY.ENTERED_BY, e.enteredBy())
                        .set(ASSESSMENT_ENTRY.ENTERED_AT, Timestamps.utc(e.enteredAt()))
                        .where(ASSESSMENT_ENTRY.YEAR_ID.eq(yearId).and(ASSESSMENT_ENTRY.PUPIL_ID.eq(k.pupilId()))
                                .and(ASSESSMENT_ENTRY.AREA.eq(k.area().code())).and(ASSESSMENT_ENTRY.ITEM.eq(k.item()))
                                .and(ASSESSMENT_ENTRY.SLOT.eq(k.slot()))
                                .and(ASSESSMENT_ENTRY.VERSION.eq(e.version() - 1))));
            }
        }
        if (!updates.isEmpty()) {
            for (int n : tx.dsl().batch(updates).execute()) {
                if (n != 1) {
                    throw new DomainException("gradebook.changedMeanwhile", "", "—");
                }
            }
        }
    }

    @Override
    public void recordChanges(long yearId, long classId, List<EntryChange> changes) {
        for (int i = 0; i < changes.size(); i += BATCH) {
            var insert = tx.dsl().insertInto(ASSESSMENT_CHANGE, ASSESSMENT_CHANGE.YEAR_ID, ASSESSMENT_CHANGE.PUPIL_ID,
                    ASSESSMENT_CHANGE.CLASS_ID, ASSESSMENT_CHANGE.AREA, ASSESSMENT_CHANGE.ITEM, ASSESSMENT_CHANGE.SLOT,
                    ASSESSMENT_CHANGE.OLD_VALUE, ASSESSMENT_CHANGE.NEW_VALUE, ASSESSMENT_CHANGE.CHANGED_BY,
                    ASSESSMENT_CHANGE.CHANGED_AT, ASSESSMENT_CHANGE.VIA);
            for (EntryChange c : changes.subList(i, Math.min(changes.size(), i + BATCH))) {
                EntryKey k = c.key();
                insert = insert.values(yearId, k.pupilId(), classId, k.area().code(), k.item(), k.slot(), c.oldValue(),
                        c.newValue(), c.changedBy(), Timestamps.utc(c.changedAt()), c.via());
            }
            insert.execute();
        }
    }

    @Override
    public Map<String, Integer> editCountsByLogin(long yearId) {
        Map<String, Integer> m = new LinkedHashMap<>();
        tx.dsl().select(ASSESSMENT_CHANGE.CHANGED_BY, org.jooq.impl.DSL.count()).from(ASSESSMENT_CHANGE)
                .where(ASSESSMENT_CHANGE.YEAR_ID.eq(yearId).and(ASSESSMENT_CHANGE.OLD_VALUE.isNotNull()))
                .groupBy(ASSESSMENT_CHANGE.CHANGED_BY).orderBy(ASSESSMENT_CHANGE.CHANGED_BY)
                .forEach(r -> m.put(r.value1(), r.value2()));
        return m;
    }

    @Override
    public List<EntryChange> history(long yearId, EntryKey key) {
        return tx.dsl().selectFrom(ASSESSMENT_CHANGE).where(ASSESSMENT_CHANGE.YEAR_ID.eq(yearId)
                        .and(ASSESSMENT_CHANGE.PUPIL_ID.eq(key.pupilId())).and(ASSESSMENT_CHANGE.AREA.eq(key.area().code()))
                        .and(ASSESSMENT_CHANGE.ITEM.eq(key.item())).and(ASSESSMENT_CHANGE.SLOT.eq(key.slot())))
                .orderBy(ASSESSMENT_CHANGE.ID).fetch(r -> change(r, key));
    }

    @Override
    public Map<EntryKey, java.time.Instant> firstEntered(long yearId, Collection<Long> pupilIds) {
        Map<EntryKey, java.time.Instant> m = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(pupilIds);
        for (int i = 0; i < ids.size(); i += BATCH) {
            tx.dsl().select(ASSESSMENT_CHANGE.PUPIL_ID, ASSESSMENT_CHANGE.AREA, ASSESSMENT_CHANGE.ITEM,
                            ASSESSMENT_CHANGE.SLOT, org.jooq.impl.DSL.min(ASSESSMENT_CHANGE.CHANGED_AT))
                    .from(ASSESSMENT_CHANGE)
                    .where(ASSESSMENT_CHANGE.YEAR_ID.eq(yearId).and(ASSESSMENT_CHANGE.OLD_VALUE.isNull())
                            .and(ASSESSMENT_CHANGE.NEW_VALUE.isNotNull())
                            .and(ASSESSMENT_CHANGE.PUPIL_ID.in(ids.subList(i, Math.min(ids.size(), i + BATCH)))))
                    .groupBy(ASSESSMENT_CHANGE.PUPIL_ID, ASSESSMENT_CHANGE.AREA, ASSESSMENT_CHANGE.ITEM,
                            ASSESSMENT_CHANGE.SLOT)
                    .forEach(r -> m.put(new EntryKey(r.value1(), Area.ofCode(r.value2()), r.value3(), r.value4()),
                            Timestamps.instant(r.value5())));
        }
        return m;
    }

    @Override
    public Map<String, String> ruleSettings(long yearId, String ruleSetId) {
        Map<String, String> m = new LinkedHashMap<>();
        tx.dsl().selectFrom(ASSESSMENT_SETTING).where(ASSESSMENT_SETTING.YEAR_ID.eq(yearId)
                        .and(ASSESSMENT_SETTING.RULE_SET.eq(ruleSetId))).orderBy(ASSESSMENT_SETTING.NAME)
                .forEach(r -> m.put(r.getName(), r.getSetting()));
        return m;
    }

    @Override
    public void saveRuleSettings(long yearId, String ruleSetId, Map<String, String> settings) {
        tx.dsl().deleteFrom(ASSESSMENT_SETTING).where(ASSESSMENT_SETTING.YEAR_ID.eq(yearId)
                .and(ASSESSMENT_SETTING.RULE_SET.eq(ruleSetId))).execute();
        settings.forEach((name, value) -> tx.dsl().insertInto(ASSESSMENT_SETTING).set(ASSESSMENT_SETTING.YEAR_ID, yearId)
                .set(ASSESSMENT_SETTING.RULE_SET, ruleSetId).set(ASSESSMENT_SETTING.NAME, name)
                .set(ASSESSMENT_SETTING.SETTING, value).execute());
    }

    @Override
    public void approve(Approval a) {
        tx.dsl().insertInto(RESULT_APPROVAL).set(RESULT_APPROVAL.YEAR_ID, a.yearId()).set(RESULT_APPROVAL.CLASS_ID, a.classId())
                .set(RESULT_APPROVAL.PERIOD, a.period()).set(RESULT_APPROVAL.APPROVED_BY, a.approvedBy())
                .set(RESULT_APPROVAL.APPROVED_AT, Timestamps.utc(a.approvedAt()))
                .set(RESULT_APPROVAL.FINGERPRINT, a.fingerprint()).execute();
    }

    @Override
    public List<Approval> approvals(long yearId, long classId) {
        return tx.dsl().selectFrom(RESULT_APPROVAL).where(RESULT_APPROVAL.YEAR_ID.eq(yearId)
                        .and(RESULT_APPROVAL.CLASS_ID.eq(classId))).orderBy(RESULT_APPROVAL.ID)
                .fetch(r -> new Approval(r.getYearId(), r.getClassId(), r.getPeriod(), r.getApprovedBy(),
                        Timestamps.instant(r.getApprovedAt()), r.getFingerprint()));
    }

    private static Entry entry(AssessmentEntryRecord r) {
        EntryKey key = new EntryKey(r.getPupilId(), Area.ofCode(r.getArea()), r.getItem(), r.getSlot());
        return new Entry(key, new EntryValue(r.getScore(), r.getMark(), r.getRemark()), r.getVersion(),
                r.getEnteredBy(), Timestamps.instant(r.getEnteredAt()));
    }

    private static EntryChange change(AssessmentChangeRecord r, EntryKey key) {
        return new EntryChange(key, r.getOldValue(), r.getNewValue(), r.getChangedBy(),
                Timestamps.instant(r.getChangedAt()), r.getVia());
    }
}
