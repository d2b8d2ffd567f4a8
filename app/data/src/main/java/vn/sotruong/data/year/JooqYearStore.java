package vn.sotruong.data.year;

import static vn.sotruong.data.jooq.Tables.CALENDAR_DAY;
import static vn.sotruong.data.jooq.Tables.SCHOOL_YEAR;
import static vn.sotruong.data.jooq.Tables.TEACHING_WEEK;
import static vn.sotruong.data.jooq.Tables.TERM;

import java.util.List;
import java.util.Optional;
import vn.sotruong.core.year.CalendarDay;
import vn.sotruong.core.year.DayKind;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.core.year.TeachingWeek;
import vn.sotruong.core.year.Term;
import vn.sotruong.core.year.YearStore;
import vn.sotruong.data.jdbc.JooqTransactions;

public final class JooqYearStore implements YearStore {
    private final JooqTransactions tx;

    public JooqYearStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long create(int startYear) {
        return tx.dsl().insertInto(SCHOOL_YEAR, SCHOOL_YEAR.START_YEAR, SCHOOL_YEAR.IS_OPEN).values(startYear, true)
                .returningResult(SCHOOL_YEAR.ID).fetchOne().value1();
    }

    @Override
    public List<SchoolYear> list() {
        return tx.dsl().selectFrom(SCHOOL_YEAR).orderBy(SCHOOL_YEAR.START_YEAR)
                .fetch(r -> new SchoolYear(r.getId(), r.getStartYear(), r.getIsOpen()));
    }

    @Override
    public Optional<SchoolYear> find(long yearId) {
        return tx.dsl().selectFrom(SCHOOL_YEAR).where(SCHOOL_YEAR.ID.eq(yearId)).fetchOptional()
                .map(r -> new SchoolYear(r.getId(), r.getStartYear(), r.getIsOpen()));
    }

    @Override
    public void saveTerms(long yearId, List<Term> terms) {
        tx.dsl().deleteFrom(TERM).where(TERM.YEAR_ID.eq(yearId)).execute();
        for (Term t : terms) {
            tx.dsl().insertInto(TERM, TERM.YEAR_ID, TERM.TERM_NO, TERM.START_DATE, TERM.END_DATE, TERM.TEACHING_WEEKS)
                    .values(yearId, t.number(), t.start(), t.end(), t.teachingWeeks()).execute();
        }
    }

    @Override
    public List<Term> terms(long yearId) {
        return tx.dsl().selectFrom(TERM).where(TERM.YEAR_ID.eq(yearId)).orderBy(TERM.TERM_NO)
                .fetch(r -> new Term(r.getTermNo(), r.getStartDate(), r.getEndDate(), r.getTeachingWeeks()));
    }

    @Override
    public void saveWeeks(long yearId, List<TeachingWeek> weeks) {
        tx.dsl().deleteFrom(TEACHING_WEEK).where(TEACHING_WEEK.YEAR_ID.eq(yearId)).execute();
        var insert = tx.dsl().insertInto(TEACHING_WEEK, TEACHING_WEEK.YEAR_ID, TEACHING_WEEK.WEEK_NO,
                TEACHING_WEEK.TERM_NO, TEACHING_WEEK.MONDAY);
        for (TeachingWeek w : weeks) {
            insert = insert.values(yearId, w.number(), w.term(), w.monday());
        }
        if (!weeks.isEmpty()) {
            insert.execute();
        }
    }

    @Override
    public List<TeachingWeek> weeks(long yearId) {
        return tx.dsl().selectFrom(TEACHING_WEEK).where(TEACHING_WEEK.YEAR_ID.eq(yearId))
                .orderBy(TEACHING_WEEK.WEEK_NO)
                .fetch(r -> new TeachingWeek(r.getWeekNo(), r.getTermNo(), r.getMonday()));
    }

    @Override
    public void replaceCalendar(long yearId, List<CalendarDay> days) {
        tx.dsl().deleteFrom(CALENDAR_DAY).where(CALENDAR_DAY.YEAR_ID.eq(yearId)).execute();
        for (CalendarDay d : days) {
            tx.dsl().insertInto(CALENDAR_DAY, CALENDAR_DAY.YEAR_ID, CALENDAR_DAY.CAL_DATE, CALENDAR_DAY.KIND,
                    CALENDAR_DAY.NAME).values(yearId, d.date(), d.kind().name(), d.name()).execute();
        }
    }

    @Override
    public List<CalendarDay> calendar(long yearId) {
        return tx.dsl().selectFrom(CALENDAR_DAY).where(CALENDAR_DAY.YEAR_ID.eq(yearId))
                .orderBy(CALENDAR_DAY.CAL_DATE)
                .fetch(r -> new CalendarDay(r.getCalDate(), DayKind.valueOf(r.getKind()), r.getName()));
    }
}
