package vn.sotruong.data.attendance;

import static vn.sotruong.data.jooq.Tables.ATTENDANCE_CHANGE;
import static vn.sotruong.data.jooq.Tables.ATTENDANCE_MARK;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.InsertValuesStep6;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.sotruong.core.attendance.AbsenceCounting;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.attendance.AttendanceStore;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.core.attendance.MarkVersion;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jooq.tables.records.AttendanceMarkRecord;

/**
 * The attendance register in table {@code attendance_mark}: one row per pupil, day and session that
 * was not plain "present". Tallies are one query grouped by pupil and day; which day counts as what
 * is {@link AbsenceCounting}'s rule, applied to the grouped rows.
 */
public final class JooqAttendanceStore implements AttendanceStore {
    private static final int BATCH = 500;
    /** Above this many pupils the tallies read the whole year and keep the pupils asked about. */
    private static final int IN_LIST_MAX = 1000;

    private final JooqTransactions tx;

    public JooqAttendanceStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<AttendanceMark> marks(long classId, LocalDate from, LocalDate toExclusive) {
        return tx.dsl().selectFrom(ATTENDANCE_MARK).where(ATTENDANCE_MARK.CLASS_ID.eq(classId)
                        .and(ATTENDANCE_MARK.MARK_DATE.ge(from)).and(ATTENDANCE_MARK.MARK_DATE.lt(toExclusive)))
                .orderBy(ATTENDANCE_MARK.MARK_DATE, ATTENDANCE_MARK.DAY_SESSION.desc(), ATTENDANCE_MARK.PUPIL_ID)
                .fetch(JooqAttendanceStore::mark);
    }

    @Override
    public List<AttendanceMark> marksOfDay(long classId, LocalDate day, DaySession session) {
        return tx.dsl().selectFrom(ATTENDANCE_MARK).where(ATTENDANCE_MARK.CLASS_ID.eq(classId)
                        .and(ATTENDANCE_MARK.MARK_DATE.eq(day)).and(ATTENDANCE_MARK.DAY_SESSION.eq(session.name())))
                .orderBy(ATTENDANCE_MARK.PUPIL_ID).fetch(JooqAttendanceStore::mark);
    }

    @Override
    public void replaceDay(long yearId, long classId, LocalDate day, DaySession session,
                           Collection<AttendanceMark> marks) {
        Set<Long> pupils = new HashSet<>();
        marks.forEach(m -> pupils.add(m.pupilId()));
        // the day's cells of this class, and any cell of these pupils kept under another class that day;
        // two deletes, each on an index (an OR of the two would read the whole table)
        Condition sameCell = ATTENDANCE_MARK.MARK_DATE.eq(day).and(ATTENDANCE_MARK.DAY_SESSION.eq(session.name()));
        tx.dsl().deleteFrom(ATTENDANCE_MARK).where(ATTENDANCE_MARK.CLASS_ID.eq(classId).and(sameCell)).execute();
        if (!pupils.isEmpty()) {
            tx.dsl().deleteFrom(ATTENDANCE_MARK).where(ATTENDANCE_MARK.PUPIL_ID.in(pupils).and(sameCell)).execute();
        }
        insert(yearId, classId, List.copyOf(marks));
    }

    @Override
    public void insert(long yearId, long classId, List<AttendanceMark> marks) {
        for (int i = 0; i < marks.size(); i += BATCH) {
            InsertValuesStep6<AttendanceMarkRecord, Long, LocalDate, String, String, Long, Long> insert = tx.dsl()
                    .insertInto(ATTENDANCE_MARK, ATTENDANCE_MARK.PUPIL_ID, ATTENDANCE_MARK.MARK_DATE,
                            ATTENDANCE_MARK.DAY_SESSION, ATTENDANCE_MARK.CODE, ATTENDANCE_MARK.CLASS_ID,
                            ATTENDANCE_MARK.YEAR_ID);
            for (AttendanceMark m : marks.subList(i, Math.min(marks.size(), i + BATCH))) {
                insert = insert.values(m.pupilId(), m.date(), m.session().name(), m.code().letter(), classId, yearId);
            }
            insert.execute();
        }
    }

    @Override
    public Map<Long, AbsenceTally> yearTallies(long yearId, Collection<Long> pupilIds) {
        return tallies(ATTENDANCE_MARK.YEAR_ID.eq(yearId), pupilIds);
    }

    @Override
    public Map<Long, AbsenceTally> tallies(long yearId, LocalDate from, LocalDate toExclusive,
                                          Collection<Long> pupilIds) {
        return tallies(ATTENDANCE_MARK.YEAR_ID.eq(yearId).and(ATTENDANCE_MARK.MARK_DATE.ge(from))
                .and(ATTENDANCE_MARK.MARK_DATE.lt(toExclusive)), pupilIds);
    }

    /** One query: per pupil and day, which codes the day's sessions carry; then the day rule adds them up. */
    private Map<Long, AbsenceTally> tallies(Condition period, Collection<Long> pupilIds) {
        Map<Long, AbsenceTally> out = new HashMap<>();
        if (pupilIds.isEmpty()) {
            return out;
        }
        Set<Long> wanted = new HashSet<>(pupilIds);
        wanted.forEach(id -> out.put(id, AbsenceTally.NONE));
        Condition where = wanted.size() > IN_LIST_MAX ? period : period.and(ATTENDANCE_MARK.PUPIL_ID.in(wanted));
        Field<Integer> excused = has(AttendanceCode.EXCUSED);
        Field<Integer> unexcused = has(AttendanceCode.UNEXCUSED);
        Field<Integer> late = has(AttendanceCode.LATE);
        for (Record r : tx.dsl().select(ATTENDANCE_MARK.PUPIL_ID, excused, unexcused, late).from(ATTENDANCE_MARK)
                .where(where).groupBy(ATTENDANCE_MARK.PUPIL_ID, ATTENDANCE_MARK.MARK_DATE).fetch()) {
            Long pupil = r.get(ATTENDANCE_MARK.PUPIL_ID);
            if (wanted.contains(pupil)) {
                out.put(pupil, AbsenceCounting.add(out.get(pupil), AbsenceCounting.day(r.get(excused) > 0,
                        r.get(unexcused) > 0, r.get(late) > 0)));
            }
        }
        return out;
    }

    @Override
    public List<MarkVersion> versions(Collection<Long> pupilIds, LocalDate from, LocalDate toExclusive) {
        if (pupilIds.isEmpty()) {
            return List.of();
        }
        return tx.dsl().selectFrom(ATTENDANCE_CHANGE).where(ATTENDANCE_CHANGE.PUPIL_ID.in(pupilIds)
                        .and(ATTENDANCE_CHANGE.MARK_DATE.ge(from)).and(ATTENDANCE_CHANGE.MARK_DATE.lt(toExclusive)))
                .fetch(r -> new MarkVersion(r.getPupilId(), r.getMarkDate(), DaySession.valueOf(r.getDaySession()),
                        r.getVersion(), r.getChangedBy()));
    }

    @Override
    public void bumpVersions(LocalDate day, DaySession session, Collection<Long> pupilIds, String login) {
        if (pupilIds.isEmpty()) {
            return;
        }
        Condition cell = ATTENDANCE_CHANGE.MARK_DATE.eq(day).and(ATTENDANCE_CHANGE.DAY_SESSION.eq(session.name()));
        Set<Long> known = new HashSet<>(tx.dsl().select(ATTENDANCE_CHANGE.PUPIL_ID).from(ATTENDANCE_CHANGE)
                .where(cell.and(ATTENDANCE_CHANGE.PUPIL_ID.in(pupilIds))).fetch(ATTENDANCE_CHANGE.PUPIL_ID));
        if (!known.isEmpty()) {
            tx.dsl().update(ATTENDANCE_CHANGE).set(ATTENDANCE_CHANGE.VERSION, ATTENDANCE_CHANGE.VERSION.plus(1))
                    .set(ATTENDANCE_CHANGE.CHANGED_BY, login)
                    .where(cell.and(ATTENDANCE_CHANGE.PUPIL_ID.in(known))).execute();
        }
        var insert = tx.dsl().insertInto(ATTENDANCE_CHANGE, ATTENDANCE_CHANGE.PUPIL_ID, ATTENDANCE_CHANGE.MARK_DATE,
                ATTENDANCE_CHANGE.DAY_SESSION, ATTENDANCE_CHANGE.VERSION, ATTENDANCE_CHANGE.CHANGED_BY);
        boolean any = false;
        for (Long id : new HashSet<>(pupilIds)) {
            if (!known.contains(id)) {
                insert = insert.values(id, day, session.name(), 1, login);
                any = true;
            }
        }
        if (any) {
            insert.execute();
        }
    }

    @Override
    public long changeCount(Collection<Long> pupilIds, LocalDate from, LocalDate toExclusive) {
        if (pupilIds.isEmpty()) {
            return 0;
        }
        java.math.BigDecimal sum = tx.dsl().select(DSL.sum(ATTENDANCE_CHANGE.VERSION)).from(ATTENDANCE_CHANGE)
                .where(ATTENDANCE_CHANGE.PUPIL_ID.in(pupilIds).and(ATTENDANCE_CHANGE.MARK_DATE.ge(from))
                        .and(ATTENDANCE_CHANGE.MARK_DATE.lt(toExclusive))).fetchOne(0, java.math.BigDecimal.class);
        return sum == null ? 0 : sum.longValue();
    }

    private static Field<Integer> has(AttendanceCode code) {
        return DSL.max(DSL.when(ATTENDANCE_MARK.CODE.eq(code.letter()), DSL.inline(1)).otherwise(DSL.inline(0)))
                .as("has_" + code.letter());
    }

    private static AttendanceMark mark(AttendanceMarkRecord r) {
        return new AttendanceMark(r.getPupilId(), r.getMarkDate(), DaySession.valueOf(r.getDaySession()),
                AttendanceCode.ofLetter(r.getCode()).orElseThrow());
    }
}
