package vn.sotruong.data.correction;

import static vn.sotruong.data.jooq.Tables.CORRECTION_EVIDENCE;
import static vn.sotruong.data.jooq.Tables.CORRECTION_ITEM;
import static vn.sotruong.data.jooq.Tables.CORRECTION_MINUTE;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import vn.sotruong.core.correction.CorrectionItem;
import vn.sotruong.core.correction.CorrectionMinute;
import vn.sotruong.core.correction.CorrectionStore;
import vn.sotruong.core.correction.Evidence;
import vn.sotruong.core.correction.MinuteStatus;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.EntryKey;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;
import vn.sotruong.data.jooq.tables.records.CorrectionMinuteRecord;

public final class JooqCorrectionStore implements CorrectionStore {
    private final JooqTransactions tx;

    public JooqCorrectionStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long create(CorrectionMinute d) {
        Integer last = tx.dsl().select(DSL.max(CORRECTION_MINUTE.NUMBER)).from(CORRECTION_MINUTE)
                .where(CORRECTION_MINUTE.YEAR_ID.eq(d.yearId())).fetchOne().value1();
        long id = tx.dsl().insertInto(CORRECTION_MINUTE).set(CORRECTION_MINUTE.YEAR_ID, d.yearId())
                .set(CORRECTION_MINUTE.NUMBER, last == null ? 1 : last + 1).set(CORRECTION_MINUTE.CLASS_ID, d.classId())
                .set(CORRECTION_MINUTE.STATUS, d.status().name()).set(CORRECTION_MINUTE.REASON, d.reason())
                .set(CORRECTION_MINUTE.DRAFTED_BY, d.draftedBy())
                .set(CORRECTION_MINUTE.DRAFTED_AT, Timestamps.utc(d.draftedAt()))
                .returningResult(CORRECTION_MINUTE.ID).fetchOne().value1();
        for (CorrectionItem i : d.items()) {
            EntryKey k = i.cell();
            tx.dsl().insertInto(CORRECTION_ITEM).set(CORRECTION_ITEM.MINUTE_ID, id).set(CORRECTION_ITEM.PUPIL_ID, k.pupilId())
                    .set(CORRECTION_ITEM.AREA, k.area().code()).set(CORRECTION_ITEM.ITEM, k.item())
                    .set(CORRECTION_ITEM.SLOT, k.slot()).set(CORRECTION_ITEM.OLD_VALUE, i.oldValue())
                    .set(CORRECTION_ITEM.NEW_VALUE, i.newValue()).execute();
        }
        return id;
    }

    @Override
    public void update(CorrectionMinute m) {
        tx.dsl().update(CORRECTION_MINUTE).set(CORRECTION_MINUTE.STATUS, m.status().name())
                .set(CORRECTION_MINUTE.SUBMITTED_AT, Timestamps.utc(m.submittedAt()))
                .set(CORRECTION_MINUTE.DECIDED_BY, m.decidedBy())
                .set(CORRECTION_MINUTE.DECIDED_AT, Timestamps.utc(m.decidedAt()))
                .set(CORRECTION_MINUTE.DECISION_NOTE, m.decisionNote())
                .set(CORRECTION_MINUTE.APPLIED_BY, m.appliedBy())
                .set(CORRECTION_MINUTE.APPLIED_AT, Timestamps.utc(m.appliedAt()))
                .where(CORRECTION_MINUTE.ID.eq(m.id())).execute();
    }

    @Override
    public Optional<CorrectionMinute> find(long id) {
        return select(CORRECTION_MINUTE.ID.eq(id)).stream().findFirst();
    }

    @Override
    public List<CorrectionMinute> ofYear(long yearId) {
        return select(CORRECTION_MINUTE.YEAR_ID.eq(yearId));
    }

    @Override
    public List<CorrectionMinute> inStatus(long yearId, MinuteStatus status) {
        return select(CORRECTION_MINUTE.YEAR_ID.eq(yearId).and(CORRECTION_MINUTE.STATUS.eq(status.name())));
    }

    @Override
    public long addEvidence(long minuteId, Evidence e, byte[] content) {
        return tx.dsl().insertInto(CORRECTION_EVIDENCE).set(CORRECTION_EVIDENCE.MINUTE_ID, minuteId)
                .set(CORRECTION_EVIDENCE.FILE_NAME, e.fileName()).set(CORRECTION_EVIDENCE.MEDIA_TYPE, e.mediaType())
                .set(CORRECTION_EVIDENCE.SHA256, e.sha256()).set(CORRECTION_EVIDENCE.SIZE_BYTES, e.sizeBytes())
                .set(CORRECTION_EVIDENCE.CONTENT, content).set(CORRECTION_EVIDENCE.ADDED_BY, e.addedBy())
                .set(CORRECTION_EVIDENCE.ADDED_AT, Timestamps.utc(e.addedAt()))
                .returningResult(CORRECTION_EVIDENCE.ID).fetchOne().value1();
    }

    @Override
    public byte[] evidenceContent(long evidenceId) {
        return tx.dsl().select(CORRECTION_EVIDENCE.CONTENT).from(CORRECTION_EVIDENCE)
                .where(CORRECTION_EVIDENCE.ID.eq(evidenceId)).fetchOne().value1();
    }

    private List<CorrectionMinute> select(Condition where) {
        return tx.dsl().selectFrom(CORRECTION_MINUTE).where(where).orderBy(CORRECTION_MINUTE.NUMBER)
                .fetch(this::minute);
    }

    private CorrectionMinute minute(CorrectionMinuteRecord r) {
        List<CorrectionItem> items = tx.dsl().selectFrom(CORRECTION_ITEM).where(CORRECTION_ITEM.MINUTE_ID.eq(r.getId()))
                .orderBy(CORRECTION_ITEM.ID).fetch(i -> new CorrectionItem(new EntryKey(i.getPupilId(),
                        Area.ofCode(i.getArea()), i.getItem(), i.getSlot()), i.getOldValue(), i.getNewValue()));
        List<Evidence> evidence = tx.dsl().select(CORRECTION_EVIDENCE.ID, CORRECTION_EVIDENCE.FILE_NAME,
                        CORRECTION_EVIDENCE.MEDIA_TYPE, CORRECTION_EVIDENCE.SHA256, CORRECTION_EVIDENCE.SIZE_BYTES,
                        CORRECTION_EVIDENCE.ADDED_BY, CORRECTION_EVIDENCE.ADDED_AT).from(CORRECTION_EVIDENCE)
                .where(CORRECTION_EVIDENCE.MINUTE_ID.eq(r.getId())).orderBy(CORRECTION_EVIDENCE.ID)
                .fetch(e -> new Evidence(e.value1(), e.value2(), e.value3(), e.value4(), e.value5(), e.value6(),
                        Timestamps.instant(e.value7())));
        return new CorrectionMinute(r.getId(), r.getYearId(), r.getNumber(), r.getClassId(),
                MinuteStatus.valueOf(r.getStatus()), r.getReason(), r.getDraftedBy(), Timestamps.instant(r.getDraftedAt()),
                Timestamps.instant(r.getSubmittedAt()), r.getDecidedBy(), Timestamps.instant(r.getDecidedAt()),
                r.getDecisionNote(), r.getAppliedBy(), Timestamps.instant(r.getAppliedAt()), items, evidence);
    }
}
