package vn.sotruong.data.review;

import static vn.sotruong.data.jooq.Tables.REVIEW_NOTE;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.sotruong.core.review.MonthlyNote;
import vn.sotruong.core.review.MonthlyNoteStore;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;
import vn.sotruong.data.jooq.tables.records.ReviewNoteRecord;

public final class JooqMonthlyNoteStore implements MonthlyNoteStore {
    private final JooqTransactions tx;

    public JooqMonthlyNoteStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long add(MonthlyNote n) {
        return tx.dsl().insertInto(REVIEW_NOTE).set(REVIEW_NOTE.YEAR_ID, n.yearId()).set(REVIEW_NOTE.CLASS_ID, n.classId())
                .set(REVIEW_NOTE.NOTE_MONTH, n.month().toString()).set(REVIEW_NOTE.NOTE, n.text())
                .set(REVIEW_NOTE.WRITTEN_BY, n.writtenBy()).set(REVIEW_NOTE.AUTHOR_NAME, n.authorName())
                .set(REVIEW_NOTE.WRITTEN_AT, Timestamps.utc(n.writtenAt()))
                .returningResult(REVIEW_NOTE.ID).fetchOne().value1();
    }

    @Override
    public void change(long id, String text, Instant at) {
        tx.dsl().update(REVIEW_NOTE).set(REVIEW_NOTE.NOTE, text).set(REVIEW_NOTE.CHANGED_AT, Timestamps.utc(at))
                .where(REVIEW_NOTE.ID.eq(id)).execute();
    }

    @Override
    public Optional<MonthlyNote> find(long id) {
        return tx.dsl().selectFrom(REVIEW_NOTE).where(REVIEW_NOTE.ID.eq(id)).fetchOptional(JooqMonthlyNoteStore::note);
    }

    @Override
    public List<MonthlyNote> ofClass(long classId) {
        return tx.dsl().selectFrom(REVIEW_NOTE).where(REVIEW_NOTE.CLASS_ID.eq(classId))
                .orderBy(REVIEW_NOTE.NOTE_MONTH, REVIEW_NOTE.ID).fetch(JooqMonthlyNoteStore::note);
    }

    private static MonthlyNote note(ReviewNoteRecord r) {
        return new MonthlyNote(r.getId(), r.getYearId(), r.getClassId(), YearMonth.parse(r.getNoteMonth()), r.getNote(),
                r.getWrittenBy(), r.getAuthorName(), Timestamps.instant(r.getWrittenAt()),
                Timestamps.instant(r.getChangedAt()));
    }
}
