package vn.sotruong.data.gradebook;

import static vn.sotruong.data.jooq.Tables.ASSESSMENT_CHANGE;
import static vn.sotruong.data.jooq.Tables.ASSESSMENT_ENTRY;
import static vn.sotruong.data.jooq.Tables.ASSESSMENT_SETTING;
import static vn.sotruong.data.jooq.Tables.ENROLMENT;
import static vn.sotruong.data.jooq.Tables.RESULT_APPROVAL;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record11;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.Approval;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.ColumnMark;
import vn.sotruong.core.gradebook.ColumnScore;
import vn.sotruong.core.gradebook.Entry;
import vn.sotruong.core.gradebook.EntryChange;
import vn.sotruong.core.gradebook.EntryKey;
import vn.sotruong.core.gradebook.EntryValue;
import vn.sotruong.core.gradebook.GradebookStore;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;
import vn.sotruong.data.jooq.tables.records.AssessmentChangeRecord;

public final class JooqGradebookStore implements GradebookStore {
    private static final int BATCH = 500;
    /** Bounds that every stored code lies within (see {@link #query}). */
    private static final String LOWEST = "";
    private static final String HIGHEST = "\uFFFF";
    private final JooqTransactions tx;

    public JooqGradebookStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Entry> entries(long yearId, Collection<Long> pupilIds) {
        return pupilIds.isEmpty() ? List.of() : fetch(query(yearId, pupilIds, null, null));
    }

    @Override
    public List<Entry> entries(long yearId, Collection<Long> pupilIds, Area area, String item) {
        return pupilIds.isEmpty() ? List.of() : fetch(query(yearId, pupilIds, area, item));
    }

    private static List<Entry> fetch(Select<Record11<Long, Long, String, String, String, BigDecimal, String, String,
            Integer, String, OffsetDateTime>> query) {
        List<Entry> out = new ArrayList<>();
        for (var r : query.fetch()) {
            if (r.value1() != null) {
                EntryKey key = new EntryKey(r.value2(), Area.ofCode(r.value3()), r.value4(), r.value5());
                out.add(new Entry(key, new EntryValue(r.value6(), r.value7(), r.value8()), r.value9(), r.value10(),
                        Timestamps.instant(r.value11())));
            }
        }
        return out;
    }

    /**
     * The pupils' entries of the year (of one area and item when given), looked up pupil by pupil in the cell
     * index ({@code year_id, pupil_id, area, item, slot}), whatever H2 knows of the table:
     * <ul>
     * <li>the pupils come as one array, outer-joined to the table, so H2 keeps that order (it never reorders an
     * outer join) and looks each pupil up; an {@code IN (…)} list of bind values is used by H2 only on an index's
     * first column and is otherwise re-checked, value by value, against every row of the year (opening one sheet
     * then scanned the whole school's entries);</li>
     * <li>the ranges on area, item and slot hold every value (codes are never blank) and change no result: they
     * make the cell index the cheapest in H2's cost model also before it has column statistics (it gathers them
     * only at a commit, so never during one long transaction such as the demo school's), where otherwise
     * {@code assessment_entry_item} costs the same or less and each pupil's lookup scans the subject's entries
     * of the whole year.</li>
     * </ul>
     * A pupil without entries gives one row of nulls, which {@link #fetch} skips; the columns are named one by one
     * so a row is read by position. Package-private for the plan test.
     */
    Select<Record11<Long, Long, String, String, String, BigDecimal, String, String, Integer, String, OffsetDateTime>>
            query(long yearId, Collection<Long> pupilIds, Area area, String item) {
        Long[] ids = pupilIds.stream().distinct().toArray(Long[]::new);
        Table<?> pupils = DSL.unnest(ids).as("p", "id");
        Condition on = ASSESSMENT_ENTRY.PUPIL_ID.eq(pupils.field("id", Long.class))
                .and(ASSESSMENT_ENTRY.YEAR_ID.eq(yearId))
                .and(ASSESSMENT_ENTRY.AREA.between(LOWEST, HIGHEST))
                .and(ASSESSMENT_ENTRY.ITEM.between(LOWEST, HIGHEST))
                .and(ASSESSMENT_ENTRY.SLOT.between(LOWEST, HIGHEST));
        if (area != null) {
            on = on.and(ASSESSMENT_ENTRY.AREA.eq(area.code())).and(ASSESSMENT_ENTRY.ITEM.eq(item));
        }
        return tx.dsl().select(ASSESSMENT_ENTRY.ID, ASSESSMENT_ENTRY.PUPIL_ID, ASSESSMENT_ENTRY.AREA, ASSESSMENT_ENTRY.ITEM,
                        ASSESSMENT_ENTRY.SLOT, ASSESSMENT_ENTRY.SCORE, ASSESSMENT_ENTRY.MARK, ASSESSMENT_ENTRY.REMARK,
                        ASSESSMENT_ENTRY.VERSION, ASSESSMENT_ENTRY.ENTERED_BY, ASSESSMENT_ENTRY.ENTERED_AT)
                .from(pupils).leftJoin(ASSESSMENT_ENTRY).on(on);
    }

    @Override
    public List<ColumnScore> columnScores(long yearId, String slot, String subject) {
        Condition where = ASSESSMENT_ENTRY.YEAR_ID.eq(yearId).and(ASSESSMENT_ENTRY.AREA.eq(Area.SUBJECT.code()))
                .and(ASSESSMENT_ENTRY.SLOT.eq(slot)).and(ASSESSMENT_ENTRY.SCORE.isNotNull());
        if (subject != null) {
            where = where.and(ASSESSMENT_ENTRY.ITEM.eq(subject));
        }
        // the pupil's open enrolment of the year is the class they are in now
        return tx.dsl().select(ENROLMENT.CLASS_ID, ASSESSMENT_ENTRY.ITEM, ASSESSMENT_ENTRY.SCORE)
                .from(ASSESSMENT_ENTRY).join(ENROLMENT).on(ENROLMENT.PUPIL_ID.eq(ASSESSMENT_ENTRY.PUPIL_ID)
                        .and(ENROLMENT.YEAR_ID.eq(ASSESSMENT_ENTRY.YEAR_ID)).and(ENROLMENT.UNTIL_DATE.isNull()))
                .where(where)
                .fetch(r -> new ColumnScore(r.value1(), r.value2(), r.value3()));
    }

    @Override
    public List<ColumnMark> columnMarks(long yearId, Area area, String item, String slot) {
        return tx.dsl().select(ENROLMENT.CLASS_ID, ASSESSMENT_ENTRY.ITEM, ASSESSMENT_ENTRY.MARK)
                .from(ASSESSMENT_ENTRY).join(ENROLMENT).on(ENROLMENT.PUPIL_ID.eq(ASSESSMENT_ENTRY.PUPIL_ID)
                        .and(ENROLMENT.YEAR_ID.eq(ASSESSMENT_ENTRY.YEAR_ID)).and(ENROLMENT.UNTIL_DATE.isNull()))
                .where(ASSESSMENT_ENTRY.YEAR_ID.eq(yearId).and(ASSESSMENT_ENTRY.AREA.eq(area.code()))
                        .and(ASSESSMENT_ENTRY.ITEM.eq(item)).and(ASSESSMENT_ENTRY.SLOT.eq(slot))
                        .and(ASSESSMENT_ENTRY.MARK.isNotNull()))
                .fetch(r -> new ColumnMark(r.value1(), r.value2(), r.value3()));
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
    public Map<Long, java.util.Set<EntryKey>> editedCells(long yearId, String login) {
        Map<Long, java.util.Set<EntryKey>> m = new LinkedHashMap<>();
        tx.dsl().selectDistinct(ASSESSMENT_CHANGE.CLASS_ID, ASSESSMENT_CHANGE.PUPIL_ID, ASSESSMENT_CHANGE.AREA,
                        ASSESSMENT_CHANGE.ITEM, ASSESSMENT_CHANGE.SLOT).from(ASSESSMENT_CHANGE)
                .where(ASSESSMENT_CHANGE.YEAR_ID.eq(yearId).and(ASSESSMENT_CHANGE.CHANGED_BY.eq(login))
                        .and(ASSESSMENT_CHANGE.OLD_VALUE.isNotNull()))
                .forEach(r -> m.computeIfAbsent(r.value1(), k -> new java.util.LinkedHashSet<>()).add(
                        new EntryKey(r.value2(), Area.ofCode(r.value3()), r.value4(), r.value5())));
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
    public long lastChange(long yearId, Collection<Long> pupilIds, Area area, String item) {
        long last = 0;
        List<Long> ids = List.copyOf(pupilIds);
        for (int i = 0; i < ids.size(); i += BATCH) {
            Long max = tx.dsl().select(DSL.max(ASSESSMENT_CHANGE.ID)).from(ASSESSMENT_CHANGE)
                    .where(ASSESSMENT_CHANGE.YEAR_ID.eq(yearId)
                            // inlined as in firstEntered: the cell index is used for the pupils
                            .and(ASSESSMENT_CHANGE.PUPIL_ID.in(ids.subList(i, Math.min(ids.size(), i + BATCH))
                                    .stream().<Field<Long>>map(DSL::inline).toList()))
                            .and(ASSESSMENT_CHANGE.AREA.eq(area.code())).and(ASSESSMENT_CHANGE.ITEM.eq(item)))
                    .fetchOne(0, Long.class);
            last = Math.max(last, max == null ? 0 : max);
        }
        return last;
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
                            // inlined: H2 looks bind values of an IN list up only on an index's first column
                            .and(ASSESSMENT_CHANGE.PUPIL_ID.in(ids.subList(i, Math.min(ids.size(), i + BATCH))
                                    .stream().<Field<Long>>map(DSL::inline).toList())))
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

    private static EntryChange change(AssessmentChangeRecord r, EntryKey key) {
        return new EntryChange(key, r.getOldValue(), r.getNewValue(), r.getChangedBy(),
                Timestamps.instant(r.getChangedAt()), r.getVia());
    }
}
