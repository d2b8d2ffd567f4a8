package vn.sotruong.data.locks;

import static vn.sotruong.data.jooq.Tables.LOCK_DECISION;

import java.util.List;
import vn.sotruong.core.locks.LockAction;
import vn.sotruong.core.locks.LockColumns;
import vn.sotruong.core.locks.LockDecision;
import vn.sotruong.core.locks.LockScope;
import vn.sotruong.core.locks.LockStore;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;
import vn.sotruong.data.jooq.tables.records.LockDecisionRecord;

public final class JooqLockStore implements LockStore {
    private final JooqTransactions tx;

    public JooqLockStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long record(LockDecision d) {
        return tx.dsl().insertInto(LOCK_DECISION).set(LOCK_DECISION.YEAR_ID, d.yearId())
                .set(LOCK_DECISION.GRADE, d.scope().grade()).set(LOCK_DECISION.CLASS_ID, d.scope().classId())
                .set(LOCK_DECISION.SUBJECT_CODE, d.scope().subjectCode())
                .set(LOCK_DECISION.COLUMNS_SEL, d.columns().toString()).set(LOCK_DECISION.ACTION, d.action().name())
                .set(LOCK_DECISION.OPEN_UNTIL, d.openUntil()).set(LOCK_DECISION.REASON, d.reason())
                .set(LOCK_DECISION.DECIDED_BY, d.decidedBy()).set(LOCK_DECISION.RECORDED_BY, d.recordedBy())
                .set(LOCK_DECISION.RECORDED_AT, Timestamps.utc(d.recordedAt()))
                .returningResult(LOCK_DECISION.ID).fetchOne().value1();
    }

    @Override
    public List<LockDecision> decisions(long yearId) {
        return tx.dsl().selectFrom(LOCK_DECISION).where(LOCK_DECISION.YEAR_ID.eq(yearId)).orderBy(LOCK_DECISION.ID)
                .fetch(JooqLockStore::decision);
    }

    private static LockDecision decision(LockDecisionRecord r) {
        return new LockDecision(r.getId(), r.getYearId(), new LockScope(r.getGrade(), r.getClassId(), r.getSubjectCode()),
                LockColumns.parse(r.getColumnsSel()), LockAction.valueOf(r.getAction()), r.getOpenUntil(), r.getReason(),
                r.getDecidedBy(), r.getRecordedBy(), Timestamps.instant(r.getRecordedAt()));
    }
}
