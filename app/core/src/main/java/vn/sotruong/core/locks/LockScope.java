package vn.sotruong.core.locks;

import vn.sotruong.core.organisation.SchoolClass;

/**
 * Where a lock decision applies: null parts mean "every" — the whole school, a grade, a class, a subject
 * (across the school or in one class).
 */
public record LockScope(Integer grade, Long classId, String subjectCode) {
    public static final LockScope SCHOOL = new LockScope(null, null, null);

    public static LockScope ofClass(long classId) {
        return new LockScope(null, classId, null);
    }

    public static LockScope ofClassSubject(long classId, String subject) {
        return new LockScope(null, classId, subject);
    }

    /** Whether a class's sheet falls in this scope ({@code subjectCode} null for conduct and qualities). */
    public boolean covers(SchoolClass c, String subjectCode) {
        return (grade == null || grade == c.grade()) && (classId == null || classId == c.id())
                && (this.subjectCode == null || this.subjectCode.equals(subjectCode));
    }
}
