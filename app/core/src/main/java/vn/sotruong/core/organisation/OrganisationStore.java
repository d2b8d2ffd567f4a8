package vn.sotruong.core.organisation;

import java.util.List;
import java.util.Optional;

/** Departments, staff, classes and teaching assignments. */
public interface OrganisationStore {
    long createDepartment(String name);

    void setDepartmentHead(long departmentId, Long headStaffId);

    List<Department> departments();

    long createStaff(StaffMember staff);

    void updateStaff(StaffMember staff);

    Optional<StaffMember> findStaff(long staffId);

    List<StaffMember> staff();

    long createClass(long yearId, int grade, String name, Long homeroomStaffId);

    void setHomeroom(long classId, Long staffId);

    Optional<SchoolClass> findClass(long classId);

    Optional<SchoolClass> findClassByName(long yearId, String name);

    List<SchoolClass> classes(long yearId);

    /** Sets (or replaces) the teacher of a subject in a class. */
    long assign(long yearId, long classId, long subjectId, long staffId);

    List<TeachingAssignment> assignments(long yearId);

    List<TeachingAssignment> assignmentsOf(long yearId, long staffId);
}
