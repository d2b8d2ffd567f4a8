package vn.sotruong.core.review;

import java.util.Set;

/**
 * Phạm vi rà soát: what a reviewer's distributions, anomalies and entry progress count — the whole school, or
 * for a department head (tổ trưởng chuyên môn) the classes and subjects taught by their department's teachers.
 */
record ReviewScope(boolean school, Set<Long> staff) {
    static final ReviewScope SCHOOL = new ReviewScope(true, Set.of());

    ReviewScope {
        staff = Set.copyOf(staff);
    }

    /** Does the scope cover what this teacher teaches (null: nobody assigned, school only)? */
    boolean covers(Long teacherStaffId) {
        return school || (teacherStaffId != null && staff.contains(teacherStaffId));
    }
}
