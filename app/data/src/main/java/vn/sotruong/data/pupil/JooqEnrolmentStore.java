package vn.sotruong.data.pupil;

import static vn.sotruong.data.jooq.Tables.ENROLMENT;
import static vn.sotruong.data.jooq.Tables.PUPIL_MOVEMENT;

import java.time.LocalDate;
import java.util.List;
import org.jooq.InsertValuesStep6;
import org.jooq.InsertValuesStep8;
import vn.sotruong.core.pupil.Enrolment;
import vn.sotruong.core.pupil.EnrolmentStore;
import vn.sotruong.core.pupil.Movement;
import vn.sotruong.core.pupil.MovementKind;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jooq.tables.records.EnrolmentRecord;
import vn.sotruong.data.jooq.tables.records.PupilMovementRecord;

public final class JooqEnrolmentStore implements EnrolmentStore {
    private static final int BATCH = 500;

    private final JooqTransactions tx;

    public JooqEnrolmentStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void enrol(List<Enrolment> enrolments) {
        for (int i = 0; i < enrolments.size(); i += BATCH) {
            InsertValuesStep6<EnrolmentRecord, Long, Long, Long, LocalDate, LocalDate, Boolean> insert = tx.dsl()
                    .insertInto(ENROLMENT, ENROLMENT.PUPIL_ID, ENROLMENT.YEAR_ID, ENROLMENT.CLASS_ID,
                            ENROLMENT.FROM_DATE, ENROLMENT.UNTIL_DATE, ENROLMENT.OPEN_MARKER);
            for (Enrolment e : enrolments.subList(i, Math.min(enrolments.size(), i + BATCH))) {
                insert = insert.values(e.pupilId(), e.yearId(), e.classId(), e.from(), e.until(),
                        e.until() == null ? Boolean.TRUE : null);
            }
            insert.execute();
        }
    }

    @Override
    public void end(long enrolmentId, LocalDate until) {
        tx.dsl().update(ENROLMENT).set(ENROLMENT.UNTIL_DATE, until).setNull(ENROLMENT.OPEN_MARKER)
                .where(ENROLMENT.ID.eq(enrolmentId)).execute();
    }

    @Override
    public List<Enrolment> enrolmentsOf(long pupilId) {
        return tx.dsl().selectFrom(ENROLMENT).where(ENROLMENT.PUPIL_ID.eq(pupilId))
                .orderBy(ENROLMENT.FROM_DATE, ENROLMENT.ID).fetch(JooqEnrolmentStore::enrolment);
    }

    @Override
    public List<Enrolment> inClassOn(long classId, LocalDate day) {
        return tx.dsl().selectFrom(ENROLMENT).where(ENROLMENT.CLASS_ID.eq(classId).and(ENROLMENT.FROM_DATE.le(day))
                        .and(ENROLMENT.UNTIL_DATE.isNull().or(ENROLMENT.UNTIL_DATE.gt(day))))
                .orderBy(ENROLMENT.ID).fetch(JooqEnrolmentStore::enrolment);
    }

    @Override
    public List<Enrolment> ofClass(long classId) {
        return tx.dsl().selectFrom(ENROLMENT).where(ENROLMENT.CLASS_ID.eq(classId))
                .orderBy(ENROLMENT.FROM_DATE, ENROLMENT.ID).fetch(JooqEnrolmentStore::enrolment);
    }

    @Override
    public List<Enrolment> openInClass(long classId) {
        return tx.dsl().selectFrom(ENROLMENT).where(ENROLMENT.CLASS_ID.eq(classId).and(ENROLMENT.UNTIL_DATE.isNull()))
                .orderBy(ENROLMENT.ID).fetch(JooqEnrolmentStore::enrolment);
    }

    @Override
    public List<Enrolment> openInYear(long yearId) {
        return tx.dsl().selectFrom(ENROLMENT).where(ENROLMENT.YEAR_ID.eq(yearId).and(ENROLMENT.UNTIL_DATE.isNull()))
                .orderBy(ENROLMENT.ID).fetch(JooqEnrolmentStore::enrolment);
    }

    @Override
    public List<Enrolment> all() {
        return tx.dsl().selectFrom(ENROLMENT).orderBy(ENROLMENT.ID).fetch(JooqEnrolmentStore::enrolment);
    }

    private static Enrolment enrolment(EnrolmentRecord r) {
        return new Enrolment(r.getId(), r.getPupilId(), r.getYearId(), r.getClassId(), r.getFromDate(),
                r.getUntilDate());
    }

    @Override
    public void record(List<Movement> movements) {
        for (int i = 0; i < movements.size(); i += BATCH) {
            InsertValuesStep8<PupilMovementRecord, Long, String, LocalDate, String, String, Long, Long, String> insert =
                    tx.dsl().insertInto(PUPIL_MOVEMENT, PUPIL_MOVEMENT.PUPIL_ID, PUPIL_MOVEMENT.KIND,
                            PUPIL_MOVEMENT.MOVED_ON, PUPIL_MOVEMENT.REASON, PUPIL_MOVEMENT.OTHER_SCHOOL,
                            PUPIL_MOVEMENT.FROM_CLASS_ID, PUPIL_MOVEMENT.TO_CLASS_ID, PUPIL_MOVEMENT.RECORDED_BY);
            for (Movement m : movements.subList(i, Math.min(movements.size(), i + BATCH))) {
                insert = insert.values(m.pupilId(), m.kind().name(), m.on(), m.reason(), m.otherSchool(),
                        m.fromClassId(), m.toClassId(), m.recordedBy());
            }
            insert.execute();
        }
    }

    @Override
    public List<Movement> movementsOf(long pupilId) {
        return tx.dsl().selectFrom(PUPIL_MOVEMENT).where(PUPIL_MOVEMENT.PUPIL_ID.eq(pupilId))
                .orderBy(PUPIL_MOVEMENT.MOVED_ON, PUPIL_MOVEMENT.ID).fetch(JooqEnrolmentStore::movement);
    }

    @Override
    public List<Movement> allMovements() {
        return tx.dsl().selectFrom(PUPIL_MOVEMENT).orderBy(PUPIL_MOVEMENT.MOVED_ON, PUPIL_MOVEMENT.ID)
                .fetch(JooqEnrolmentStore::movement);
    }

    private static Movement movement(PupilMovementRecord r) {
        return new Movement(r.getId(), r.getPupilId(), MovementKind.valueOf(r.getKind()), r.getMovedOn(),
                r.getReason(), r.getOtherSchool(), r.getFromClassId(), r.getToClassId(), r.getRecordedBy());
    }
}
