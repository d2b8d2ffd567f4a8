package vn.sotruong.data.notice;

import static vn.sotruong.data.jooq.Tables.PARENT_NOTICE;
import static vn.sotruong.data.jooq.Tables.PARENT_NOTICE_BATCH;

import java.util.List;
import vn.sotruong.core.notice.NoticeBatch;
import vn.sotruong.core.notice.NoticePeriod;
import vn.sotruong.core.notice.NoticeStore;
import vn.sotruong.core.notice.ParentNotice;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;
import vn.sotruong.data.jooq.tables.records.ParentNoticeBatchRecord;

/** Notices to parents in {@code parent_notice_batch} and {@code parent_notice} (V10). */
public final class JooqNoticeStore implements NoticeStore {
    private final JooqTransactions tx;

    public JooqNoticeStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long record(NoticeBatch b, List<ParentNotice> notices) {
        long id = tx.dsl().insertInto(PARENT_NOTICE_BATCH).set(PARENT_NOTICE_BATCH.YEAR_ID, b.yearId())
                .set(PARENT_NOTICE_BATCH.CLASS_ID, b.classId())
                .set(PARENT_NOTICE_BATCH.PERIOD_KIND, b.period().kind().name())
                .set(PARENT_NOTICE_BATCH.PERIOD_FROM, b.period().from())
                .set(PARENT_NOTICE_BATCH.PERIOD_UNTIL, b.period().until())
                .set(PARENT_NOTICE_BATCH.NOTICE_COUNT, b.count()).set(PARENT_NOTICE_BATCH.FORM, b.form().name())
                .set(PARENT_NOTICE_BATCH.ISSUED_BY, b.issuedBy())
                .set(PARENT_NOTICE_BATCH.ISSUED_AT, Timestamps.utc(b.issuedAt()))
                .returning(PARENT_NOTICE_BATCH.ID).fetchSingle().getId();
        var insert = tx.dsl().insertInto(PARENT_NOTICE, PARENT_NOTICE.BATCH_ID, PARENT_NOTICE.LINE_NO,
                PARENT_NOTICE.PUPIL_ID, PARENT_NOTICE.PUPIL_CODE, PARENT_NOTICE.PUPIL_NAME, PARENT_NOTICE.PARENT_NAME,
                PARENT_NOTICE.PHONE, PARENT_NOTICE.MESSAGE);
        int line = 0;
        for (ParentNotice n : notices) {
            insert = insert.values(id, ++line, n.pupilId(), n.pupilCode(), n.pupilName(), n.parent(), n.phone(),
                    n.message());
        }
        insert.execute();
        return id;
    }

    @Override
    public List<NoticeBatch> batches(long yearId) {
        return tx.dsl().select(PARENT_NOTICE_BATCH.asterisk(), vn.sotruong.data.jooq.Tables.SCHOOL_CLASS.NAME)
                .from(PARENT_NOTICE_BATCH).join(vn.sotruong.data.jooq.Tables.SCHOOL_CLASS)
                .on(vn.sotruong.data.jooq.Tables.SCHOOL_CLASS.ID.eq(PARENT_NOTICE_BATCH.CLASS_ID))
                .where(PARENT_NOTICE_BATCH.YEAR_ID.eq(yearId))
                .orderBy(PARENT_NOTICE_BATCH.ISSUED_AT.desc(), PARENT_NOTICE_BATCH.ID.desc())
                .fetch(r -> batch(r.into(PARENT_NOTICE_BATCH), r.get(vn.sotruong.data.jooq.Tables.SCHOOL_CLASS.NAME)));
    }

    @Override
    public List<ParentNotice> notices(long batchId) {
        return tx.dsl().selectFrom(PARENT_NOTICE).where(PARENT_NOTICE.BATCH_ID.eq(batchId))
                .orderBy(PARENT_NOTICE.LINE_NO)
                .fetch(r -> new ParentNotice(r.getPupilId(), r.getPupilCode(), r.getPupilName(), r.getParentName(),
                        r.getPhone(), r.getMessage()));
    }

    private static NoticeBatch batch(ParentNoticeBatchRecord r, String className) {
        return new NoticeBatch(r.getId(), r.getYearId(), r.getClassId(), className,
                new NoticePeriod(NoticePeriod.Kind.valueOf(r.getPeriodKind()), r.getPeriodFrom(), r.getPeriodUntil()),
                r.getNoticeCount(), NoticeBatch.Form.valueOf(r.getForm()), r.getIssuedBy(),
                Timestamps.instant(r.getIssuedAt()));
    }
}
