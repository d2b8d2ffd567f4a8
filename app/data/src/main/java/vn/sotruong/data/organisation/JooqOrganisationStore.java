package vn.sotruong.data.organisation;

import static vn.sotruong.data.jooq.Tables.DEPARTMENT;
import static vn.sotruong.data.jooq.Tables.SCHOOL_CLASS;
import static vn.sotruong.data.jooq.Tables.STAFF;
import static vn.sotruong.data.jooq.Tables.TEACHING_ASSIGNMENT;

import java.util.List;
import java.util.Optional;
import org.jooq.Record;
import vn.sotruong.core.organisation.Department;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.organisation.StaffMember;
import vn.sotruong.core.organisation.TeachingAssignment;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jooq.tables.records.SchoolClassRecord;
import vn.sotruong.data.jooq.tables.records.StaffRecord;

public final class JooqOrganisationStore implements OrganisationStore {
    private final JooqTransactions tx;

    public JooqOrganisationStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long createDepartment(String name) {
        return tx.dsl().insertInto(DEPARTMENT, DEPARTMENT.NAME).values(name).returningResult(DEPARTMENT.ID).fetchOne()
                .value1();
    }

    @Override
    public void setDepartmentHead(long departmentId, Long headStaffId) {
        tx.dsl().update(DEPARTMENT).set(DEPARTMENT.HEAD_STAFF_ID, headStaffId).where(DEPARTMENT.ID.eq(departmentId))
                .execute();
    }

    @Override
    public List<Department> departments() {
        return tx.dsl().selectFrom(DEPARTMENT).orderBy(DEPARTMENT.ID)
                .fetch(r -> new Department(r.getId(), r.getName(), r.getHeadStaffId()));
    }

    @Override
    public long createStaff(StaffMember s) {
        return tx.dsl().insertInto(STAFF, STAFF.FULL_NAME, STAFF.GENDER, STAFF.BIRTH_DATE, STAFF.PHONE, STAFF.POSITION,
                        STAFF.DEPARTMENT_ID, STAFF.ACTIVE)
                .values(s.fullName(), s.gender(), s.birthDate(), s.phone(), s.position(), s.departmentId(), s.active())
                .returningResult(STAFF.ID).fetchOne().value1();
    }

    @Override
    public void updateStaff(StaffMember s) {
        tx.dsl().update(STAFF).set(STAFF.FULL_NAME, s.fullName()).set(STAFF.GENDER, s.gender())
                .set(STAFF.BIRTH_DATE, s.birthDate()).set(STAFF.PHONE, s.phone()).set(STAFF.POSITION, s.position())
                .set(STAFF.DEPARTMENT_ID, s.departmentId()).set(STAFF.ACTIVE, s.active())
                .where(STAFF.ID.eq(s.id())).execute();
    }

    @Override
    public Optional<StaffMember> findStaff(long staffId) {
        return tx.dsl().selectFrom(STAFF).where(STAFF.ID.eq(staffId)).fetchOptional().map(JooqOrganisationStore::staff);
    }

    @Override
    public List<StaffMember> staff() {
        return tx.dsl().selectFrom(STAFF).orderBy(STAFF.ID).fetch(JooqOrganisationStore::staff);
    }

    private static StaffMember staff(StaffRecord r) {
        return new StaffMember(r.getId(), r.getFullName(), r.getGender(), r.getBirthDate(), r.getPhone(),
                r.getPosition(), r.getDepartmentId(), r.getActive());
    }

    @Override
    public long createClass(long yearId, int grade, String name, Long homeroomStaffId) {
        return tx.dsl().insertInto(SCHOOL_CLASS, SCHOOL_CLASS.YEAR_ID, SCHOOL_CLASS.GRADE, SCHOOL_CLASS.NAME,
                        SCHOOL_CLASS.HOMEROOM_STAFF_ID).values(yearId, grade, name, homeroomStaffId)
                .returningResult(SCHOOL_CLASS.ID).fetchOne().value1();
    }

    @Override
    public void setHomeroom(long classId, Long staffId) {
        tx.dsl().update(SCHOOL_CLASS).set(SCHOOL_CLASS.HOMEROOM_STAFF_ID, staffId).where(SCHOOL_CLASS.ID.eq(classId))
                .execute();
    }

    @Override
    public Optional<SchoolClass> findClass(long classId) {
        return tx.dsl().selectFrom(SCHOOL_CLASS).where(SCHOOL_CLASS.ID.eq(classId)).fetchOptional()
                .map(JooqOrganisationStore::schoolClass);
    }

    @Override
    public Optional<SchoolClass> findClassByName(long yearId, String name) {
        return tx.dsl().selectFrom(SCHOOL_CLASS)
                .where(SCHOOL_CLASS.YEAR_ID.eq(yearId).and(SCHOOL_CLASS.NAME.equalIgnoreCase(name))).fetchOptional()
                .map(JooqOrganisationStore::schoolClass);
    }

    @Override
    public List<SchoolClass> classes(long yearId) {
        return tx.dsl().selectFrom(SCHOOL_CLASS).where(SCHOOL_CLASS.YEAR_ID.eq(yearId))
                .orderBy(SCHOOL_CLASS.GRADE, SCHOOL_CLASS.NAME).fetch(JooqOrganisationStore::schoolClass);
    }

    private static SchoolClass schoolClass(SchoolClassRecord r) {
        return new SchoolClass(r.getId(), r.getYearId(), r.getGrade(), r.getName(), r.getHomeroomStaffId());
    }

    @Override
    public long assign(long yearId, long classId, long subjectId, long staffId) {
        var existing = tx.dsl().selectFrom(TEACHING_ASSIGNMENT).where(TEACHING_ASSIGNMENT.YEAR_ID.eq(yearId)
                .and(TEACHING_ASSIGNMENT.CLASS_ID.eq(classId)).and(TEACHING_ASSIGNMENT.SUBJECT_ID.eq(subjectId)))
                .fetchOptional();
        if (existing.isPresent()) {
            tx.dsl().update(TEACHING_ASSIGNMENT).set(TEACHING_ASSIGNMENT.STAFF_ID, staffId)
                    .where(TEACHING_ASSIGNMENT.ID.eq(existing.get().getId())).execute();
            return existing.get().getId();
        }
        return tx.dsl().insertInto(TEACHING_ASSIGNMENT, TEACHING_ASSIGNMENT.YEAR_ID, TEACHING_ASSIGNMENT.CLASS_ID,
                        TEACHING_ASSIGNMENT.SUBJECT_ID, TEACHING_ASSIGNMENT.STAFF_ID)
                .values(yearId, classId, subjectId, staffId).returningResult(TEACHING_ASSIGNMENT.ID).fetchOne().value1();
    }

    @Override
    public List<TeachingAssignment> assignments(long yearId) {
        return tx.dsl().selectFrom(TEACHING_ASSIGNMENT).where(TEACHING_ASSIGNMENT.YEAR_ID.eq(yearId))
                .orderBy(TEACHING_ASSIGNMENT.ID).fetch(JooqOrganisationStore::assignment);
    }

    @Override
    public List<TeachingAssignment> assignmentsOf(long yearId, long staffId) {
        return tx.dsl().selectFrom(TEACHING_ASSIGNMENT)
                .where(TEACHING_ASSIGNMENT.YEAR_ID.eq(yearId).and(TEACHING_ASSIGNMENT.STAFF_ID.eq(staffId)))
                .orderBy(TEACHING_ASSIGNMENT.ID).fetch(JooqOrganisationStore::assignment);
    }

    private static TeachingAssignment assignment(Record r) {
        return new TeachingAssignment(r.get(TEACHING_ASSIGNMENT.ID), r.get(TEACHING_ASSIGNMENT.YEAR_ID),
                r.get(TEACHING_ASSIGNMENT.CLASS_ID), r.get(TEACHING_ASSIGNMENT.SUBJECT_ID),
                r.get(TEACHING_ASSIGNMENT.STAFF_ID));
    }
}
